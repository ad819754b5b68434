using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.SelfCare;

namespace AdminPortal.Web.Api;

/// <summary>
/// <c>/api/v1/me</c>: an end user's own remote destinations and access lists (HTTP Basic with their Self Care
/// account), in the AXL shapes of <c>/api/v1/remote-destinations</c> and <c>/api/v1/access-lists</c>. Every call goes
/// through <see cref="SelfCareAxl"/> and the Self Care ownership checks: another user's id is 404, and the fields
/// Self Care does not edit (owner, profile, lines, timers) are ignored when sent back.
/// </summary>
public static class MeEndpoints
{
    private delegate Task<AxlWrite<T>> Save<T>(SelfCareAxl me, int owner, int? id, T resource, Guid? version, CancellationToken cancellation);

    public static RouteGroupBuilder MapMe(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup(ApiEndpoints.Me).RequireAuthorization(ApiPolicies.Me).WithTags("My Remote Destinations and Access Lists (end users)");
        MapCollection<AxlRemoteDestination>(me, "remote-destinations", "my remote destinations", SelfCareAxl.ReadOnlyDestinationFields, "ownerUserId",
            (m, owner, c) => m.DestinationsAsync(owner, c), (m, owner, id, c) => m.DestinationAsync(owner, id, c),
            (m, owner, id, r, v, c) => m.SaveDestinationAsync(owner, id, r, v, c), (s, owner, id, v, c) => s.DeleteDestinationAsync(owner, id, v, c));
        MapCollection<AxlAccessList>(me, "access-lists", "my access lists", SelfCareAxl.ReadOnlyAccessListFields, "endUserIdName",
            (m, owner, c) => m.AccessListsAsync(owner, c), (m, owner, id, c) => m.AccessListAsync(owner, id, c),
            (m, owner, id, r, v, c) => m.SaveAccessListAsync(owner, id, r, v, c), (s, owner, id, v, c) => s.DeleteAccessListAsync(owner, id, v, c));
        return me;
    }

    private static void MapCollection<T>(
        RouteGroupBuilder me, string collection, string label, IReadOnlyList<string> readOnlyFields, string ownerField,
        Func<SelfCareAxl, int, CancellationToken, Task<IReadOnlyList<T>>> list,
        Func<SelfCareAxl, int, int, CancellationToken, Task<AxlRead<T>?>> get,
        Save<T> save,
        Func<SelfCareService, int, int, Guid, CancellationToken, Task<DeleteResult?>> delete)
        where T : class
    {
        var group = me.MapGroup("/" + collection);
        group.MapGet("", async (ClaimsPrincipal user, SelfCareAxl axl, CancellationToken cancellation) =>
            OwnerOf(user) is not int owner ? NotLinked() : Results.Json(Page(await list(axl, owner, cancellation)), ApiJson.Options))
            .WithName($"list-me-{collection}").WithSummary($"List {label} (all of them, one page)").Produces<AxlPage<T>>();
        group.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, HttpResponse response, SelfCareAxl axl, CancellationToken cancellation) =>
        {
            if (OwnerOf(user) is not int owner)
            {
                return NotLinked();
            }

            if (await get(axl, owner, id, cancellation) is not { } read)
            {
                return NotYours(id);
            }

            response.Headers.ETag = AxlJson.ETag(read.Version);
            return Results.Json(AxlJson.Of(read.Resource), ApiJson.Options);
        }).WithName($"get-me-{collection}").WithSummary($"Get one of {label}").Produces<T>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", (ClaimsPrincipal user, HttpRequest request, SelfCareAxl axl, CancellationToken cancellation) =>
                WriteAsync(user, request, null, null, readOnlyFields, ownerField, save, axl, cancellation))
            .WithName($"add-me-{collection}").WithSummary($"Add to {label}").Accepts<T>(AxlBody.JsonType).Produces<T>(StatusCodes.Status201Created).WritingProblems();
        group.MapPut("/{id:int}", (int id, ClaimsPrincipal user, HttpRequest request, SelfCareAxl axl, CancellationToken cancellation) =>
                request.Headers.IfMatch.Count == 0 ? Task.FromResult(ApiProblems.PreconditionRequired())
                : AxlJson.VersionOf(request.Headers.IfMatch) is not Guid version ? Task.FromResult(Stale())
                : WriteAsync(user, request, id, version, readOnlyFields, ownerField, save, axl, cancellation))
            .WithName($"replace-me-{collection}").WithSummary($"Replace one of {label} (If-Match required)")
            .Accepts<T>(AxlBody.JsonType).Produces<T>().WritingProblems().UpdatingProblems();
        group.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, HttpRequest request, SelfCareService selfCare, CancellationToken cancellation) =>
        {
            if (OwnerOf(user) is not int owner)
            {
                return NotLinked();
            }

            if (request.Headers.IfMatch.Count == 0)
            {
                return ApiProblems.PreconditionRequired();
            }

            if (AxlJson.VersionOf(request.Headers.IfMatch) is not Guid version)
            {
                return Stale();
            }

            return await delete(selfCare, owner, id, version, cancellation) switch
            {
                null or { RefusalKind: SaveRefusal.Gone } => NotYours(id),
                { Succeeded: true } => Results.NoContent(),
                { RefusalKind: SaveRefusal.Stale } result => ApiProblems.PreconditionFailed(result.Refusal!),
                { RefusalKind: SaveRefusal.Forbidden } result => ApiProblems.Forbidden(result.Refusal!),
                var result => ApiProblems.Unprocessable(
                    [.. result.Dependents.Select(d => new FieldError("", $"In use: {d}.", Core.Rules.DesignRules.R12.Id))], "The object is in use; nothing was deleted."),
            };
        }).WithName($"delete-me-{collection}").WithSummary($"Delete one of {label} (If-Match required)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).UpdatingProblems();
    }

    private static async Task<IResult> WriteAsync<T>(
        ClaimsPrincipal user, HttpRequest request, int? id, Guid? version, IReadOnlyList<string> readOnlyFields, string ownerField,
        Save<T> save, SelfCareAxl axl, CancellationToken cancellation)
        where T : class
    {
        if (OwnerOf(user) is not int owner)
        {
            return NotLinked();
        }

        var (json, problem) = await AxlBody.ReadObjectAsync(request, patch: false, cancellation);
        if (json is null)
        {
            return problem!;
        }

        foreach (var field in readOnlyFields)
        {
            json.Remove(field);
        }

        // The owner is always the caller: the field is filled in, whatever was sent.
        json[ownerField] = JsonValue.Create(user.Identity?.Name ?? "");
        var (resource, invalid) = AxlBody.ToResource<T>(json);
        if (resource is null)
        {
            return invalid!;
        }

        var write = await save(axl, owner, id, resource, version, cancellation);
        if (write.Saved is not { } saved)
        {
            return write.Refusal switch
            {
                SaveRefusal.Stale => ApiProblems.PreconditionFailed(ConfigurationStore.ConcurrencyMessage),
                SaveRefusal.Gone => NotYours(id ?? 0),
                SaveRefusal.Forbidden => ApiProblems.Forbidden(string.Join(" ", write.Errors.Select(e => e.Message))),
                _ => ApiProblems.Unprocessable(write.Errors, "Nothing was saved: see errors (by field) and rules."),
            };
        }

        request.HttpContext.Response.Headers.ETag = AxlJson.ETag(saved.Version);
        var body = AxlJson.Of(saved.Resource, write.Findings);
        return id is null ? Results.Created($"{request.Path.Value!.TrimEnd('/')}/{body["id"]}", body) : Results.Json(body, ApiJson.Options);
    }

    private static AxlPage<T> Page<T>(IReadOnlyList<T> items) => new(items, items.Count, 1, Math.Max(items.Count, 1));

    /// <summary>The End User an API caller is (an end user's account), or null.</summary>
    internal static int? OwnerOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(ApiAuthentication.EndUserClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static IResult NotYours(int id) => ApiProblems.NotFound($"You have no object with id {id}. {SelfCareService.NotYours}");

    private static IResult NotLinked() => ApiProblems.Forbidden("Your account is not linked to an End User.");

    private static IResult Stale() => ApiProblems.PreconditionFailed("If-Match does not name a version of this object; GET it again for its ETag.");
}
