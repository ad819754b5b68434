using System.Text.Json.Nodes;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Web.Api;

/// <summary><c>/api/v1/cluster/mobility-settings</c>: the one set of mobility service parameters; read, replace or change, never added or removed.</summary>
public static class MobilitySettingsEndpoints
{
    public static RouteGroupBuilder MapMobilitySettings(this RouteGroupBuilder api)
    {
        const int id = ClusterMobilitySettings.SingletonId;
        var group = api.MapGroup("/cluster/mobility-settings").WithTags("Cluster Mobility Settings");
        group.MapGet("", (HttpResponse response, AxlService axl, CancellationToken cancellation) =>
                AxlEndpoints.GetAsync<AxlMobilitySettings, ClusterMobilitySettings>(id, response, axl, cancellation))
            .WithName("get-mobility-settings").WithSummary("Get the mobility service parameters").Produces<AxlMobilitySettings>();
        group.MapPut("", (HttpRequest request, AxlService axl, CancellationToken cancellation) =>
                AxlEndpoints.ReplaceAsync<AxlMobilitySettings, ClusterMobilitySettings>(id, request, axl, cancellation))
            .WithName("replace-mobility-settings").WithSummary("Replace the mobility service parameters (a field left out is its default; If-Match required)")
            .Accepts<AxlMobilitySettings>(AxlBody.JsonType).Produces<AxlMobilitySettings>().WritingProblems().UpdatingProblems()
            .RequireAuthorization(ApiPolicies.Write);
        group.MapPatch("", (HttpRequest request, AxlService axl, CancellationToken cancellation) =>
                AxlEndpoints.PatchAsync<AxlMobilitySettings, ClusterMobilitySettings>(id, request, axl, cancellation))
            .WithName("patch-mobility-settings").WithSummary("Change some mobility service parameters (JSON Merge Patch, If-Match required)")
            .Accepts<JsonObject>(AxlBody.MergePatchType, AxlBody.JsonType).Produces<AxlMobilitySettings>().WritingProblems().UpdatingProblems()
            .RequireAuthorization(ApiPolicies.Write);
        return group;
    }
}
