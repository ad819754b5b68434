using System.Text.Json;
using System.Text.Json.Nodes;
using AdminPortal.Core.Rules;

namespace AdminPortal.Web.Api;

/// <summary>A resource as the API writes it: AXL's fields, and after a single-object request the recommendations (W-rules) it triggers.</summary>
public static class AxlJson
{
    public static JsonObject Of<T>(T resource, IReadOnlyList<Finding>? findings = null)
        where T : class
    {
        var json = JsonSerializer.SerializeToNode(resource, ApiJson.Options)!.AsObject();
        if (findings is not null)
        {
            json["findings"] = JsonSerializer.SerializeToNode(findings.Select(FindingJson.Of).ToList(), ApiJson.Options);
        }

        return json;
    }

    /// <summary>An ETag of a version: strong, quoted.</summary>
    public static string ETag(Guid version) => $"\"{version:N}\"";

    /// <summary>The version an If-Match names; null when it names none this API gave.</summary>
    public static Guid? VersionOf(string? ifMatch) =>
        ifMatch?.Trim() is { Length: > 2 } tag && tag[0] == '"' && tag[^1] == '"' && Guid.TryParseExact(tag[1..^1], "N", out var version) ? version : null;
}
