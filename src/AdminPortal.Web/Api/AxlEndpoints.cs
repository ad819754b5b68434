using System.Text.Json.Nodes;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Web.Api;

/// <summary>
/// The endpoints of one collection: list, get, add (POST), replace (PUT), change (PATCH, JSON Merge Patch) and
/// remove. Thin: they read and write JSON and call <see cref="AxlService"/>, which calls the pages' one store.
/// </summary>
public static class AxlEndpoints
{
    public static RouteGroupBuilder MapAxl<TAxl, TEntity>(this RouteGroupBuilder api, string collection, string label)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var group = api.MapGroup("/" + collection).WithTags(label);
        group.MapGet("", ListAsync<TAxl, TEntity>).WithName($"list-{collection}").WithSummary($"Find and list {label}")
            .Produces<AxlPage<TAxl>>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", GetAsync<TAxl, TEntity>).WithName($"get-{collection}").WithSummary($"Get one of the {label}")
            .Produces<TAxl>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", AddAsync<TAxl, TEntity>).WithName($"add-{collection}").WithSummary($"Add to the {label}")
            .Accepts<TAxl>(AxlBody.JsonType).Produces<TAxl>(StatusCodes.Status201Created).WritingProblems()
            .RequireAuthorization(ApiPolicies.Write);
        group.MapPut("/{id:int}", ReplaceAsync<TAxl, TEntity>).WithName($"replace-{collection}").WithSummary($"Replace one of the {label} whole (If-Match required)")
            .Accepts<TAxl>(AxlBody.JsonType).Produces<TAxl>().WritingProblems().UpdatingProblems()
            .RequireAuthorization(ApiPolicies.Write);
        group.MapPatch("/{id:int}", PatchAsync<TAxl, TEntity>).WithName($"patch-{collection}").WithSummary($"Change some fields of one of the {label} (JSON Merge Patch, If-Match required)")
            .Accepts<JsonObject>(AxlBody.MergePatchType, AxlBody.JsonType).Produces<TAxl>().WritingProblems().UpdatingProblems()
            .RequireAuthorization(ApiPolicies.Write);
        group.MapDelete("/{id:int}", DeleteAsync<TEntity>).WithName($"delete-{collection}").WithSummary($"Delete one of the {label} (If-Match required)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).UpdatingProblems()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(ApiPolicies.Write);
        return group;
    }

    private static async Task<IResult> ListAsync<TAxl, TEntity>(HttpRequest request, AxlService axl, CancellationToken cancellation)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var (query, problem) = AxlQueryString.Read(request, TAxl.SortKeys.Keys);
        if (query is null)
        {
            return problem!;
        }

        var page = await axl.ListAsync<TAxl, TEntity>(query, cancellation);
        return Results.Json(page, ApiJson.Options);
    }

    internal static async Task<IResult> GetAsync<TAxl, TEntity>(int id, HttpResponse response, AxlService axl, CancellationToken cancellation)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var read = await axl.GetAsync<TAxl, TEntity>(id, cancellation);
        if (read is null)
        {
            return NotFound<TEntity>(id);
        }

        response.Headers.ETag = AxlJson.ETag(read.Version);
        return Results.Json(AxlJson.Of(read.Resource), ApiJson.Options);
    }

    private static async Task<IResult> AddAsync<TAxl, TEntity>(HttpRequest request, AxlService axl, CancellationToken cancellation)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var (json, problem) = await AxlBody.ReadObjectAsync(request, patch: false, cancellation);
        return json is null ? problem! : await WriteAsync<TAxl, TEntity>(json, 0, null, request.HttpContext, axl, cancellation);
    }

    internal static async Task<IResult> ReplaceAsync<TAxl, TEntity>(int id, HttpRequest request, AxlService axl, CancellationToken cancellation)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var (version, precondition) = await PreconditionAsync<TAxl, TEntity>(id, request, axl, cancellation);
        if (version is null)
        {
            return precondition!;
        }

        var (json, problem) = await AxlBody.ReadObjectAsync(request, patch: false, cancellation);
        return json is null ? problem! : await WriteAsync<TAxl, TEntity>(json, id, version, request.HttpContext, axl, cancellation);
    }

    internal static async Task<IResult> PatchAsync<TAxl, TEntity>(int id, HttpRequest request, AxlService axl, CancellationToken cancellation)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var (version, precondition) = await PreconditionAsync<TAxl, TEntity>(id, request, axl, cancellation);
        if (version is null)
        {
            return precondition!;
        }

        var (patch, problem) = await AxlBody.ReadObjectAsync(request, patch: true, cancellation);
        if (patch is null)
        {
            return problem!;
        }

        var current = await axl.GetAsync<TAxl, TEntity>(id, cancellation);
        if (current is null)
        {
            return NotFound<TEntity>(id);
        }

        var merged = MergePatch.Apply(AxlJson.Of(current.Resource), patch)!.AsObject();
        return await WriteAsync<TAxl, TEntity>(merged, id, version, request.HttpContext, axl, cancellation);
    }

    private static async Task<IResult> DeleteAsync<TEntity>(int id, HttpRequest request, AxlService axl, CancellationToken cancellation)
        where TEntity : Entity, new()
    {
        if (request.Headers.IfMatch.Count == 0)
        {
            return ApiProblems.PreconditionRequired();
        }

        if (AxlJson.VersionOf(request.Headers.IfMatch) is not Guid version)
        {
            return ApiProblems.PreconditionFailed("If-Match does not name a version of this object; GET it again for its ETag.");
        }

        var result = await axl.DeleteAsync<TEntity>(id, version, cancellation);
        return result switch
        {
            { Succeeded: true } => Results.NoContent(),
            { RefusalKind: SaveRefusal.Gone } => NotFound<TEntity>(id),
            { RefusalKind: SaveRefusal.Stale } => ApiProblems.PreconditionFailed(result.Refusal!),
            { RefusalKind: SaveRefusal.Forbidden } => ApiProblems.Forbidden(result.Refusal!),
            _ => ApiProblems.Unprocessable(
                [.. result.Dependents.Select(d => new FieldError("", d.InUseMessage(ObjectLabels.For<TEntity>()), Core.Rules.DesignRules.R12.Id))],
                "The object is in use; nothing was deleted.",
                result.Dependents.Select(d => new { type = d.ObjectType, name = d.Name, field = d.Field }).ToArray()),
        };
    }

    private static async Task<IResult> WriteAsync<TAxl, TEntity>(JsonObject json, int id, Guid? version, HttpContext http, AxlService axl, CancellationToken cancellation)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var (resource, problem) = AxlBody.ToResource<TAxl>(json);
        if (resource is null)
        {
            return problem!;
        }

        var write = await axl.SaveAsync<TAxl, TEntity>(resource, id, version, cancellation);
        if (write.Saved is not { } saved)
        {
            return write.Refusal switch
            {
                SaveRefusal.Stale => ApiProblems.PreconditionFailed(ConfigurationStore.ConcurrencyMessage),
                SaveRefusal.Gone => NotFound<TEntity>(id),
                SaveRefusal.Forbidden => ApiProblems.Forbidden(string.Join(" ", write.Errors.Select(e => e.Message))),
                _ => ApiProblems.Unprocessable(write.Errors, "Nothing was saved: see errors (by field) and rules (the design rules that refused it)."),
            };
        }

        http.Response.Headers.ETag = AxlJson.ETag(saved.Version);
        var body = AxlJson.Of(saved.Resource, write.Findings);
        return id == 0
            ? Results.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{saved.Resource.Id}", body)
            : Results.Json(body, ApiJson.Options);
    }

    // PUT, PATCH and DELETE name the version they change: none is 428, another than the stored one 412.
    private static async Task<(Guid? Version, IResult? Problem)> PreconditionAsync<TAxl, TEntity>(int id, HttpRequest request, AxlService axl, CancellationToken cancellation)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        if (request.Headers.IfMatch.Count == 0)
        {
            return (null, ApiProblems.PreconditionRequired());
        }

        var current = await axl.GetAsync<TAxl, TEntity>(id, cancellation);
        if (current is null)
        {
            return (null, NotFound<TEntity>(id));
        }

        return AxlJson.VersionOf(request.Headers.IfMatch) is Guid version && version == current.Version
            ? (version, null)
            : (null, ApiProblems.PreconditionFailed($"The object changed since the ETag you sent; it is now {AxlJson.ETag(current.Version)}. GET it again, then retry."));
    }

    private static IResult NotFound<TEntity>(int id) => ApiProblems.NotFound($"There is no {ObjectLabels.For<TEntity>().ToLowerInvariant()} with id {id}.");

    internal static RouteHandlerBuilder WritingProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    internal static RouteHandlerBuilder UpdatingProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
