using AdminPortal.Core.Audit;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Web.Api;

/// <summary>
/// <c>GET /api/v1/audit</c>: the audit log as the Audit Log page reads it (<see cref="AuditFilterQuery"/>'s filters,
/// newest first, paged in the database with <c>page</c> and <c>pageSize</c>). Read-only: there is no way to write,
/// change or delete an entry through the API.
/// </summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("audit", async (HttpRequest request, AuditLog log, CancellationToken cancellation) =>
        {
            var errors = new Dictionary<string, string[]>();
            var filter = AuditFilterQuery.Parse(key => request.Query[key].FirstOrDefault(), errors);
            var page = AxlQueryString.Number(request.Query["page"].FirstOrDefault(), "page", 1, 1, int.MaxValue, errors);
            var pageSize = AxlQueryString.Number(request.Query["pageSize"].FirstOrDefault(), "pageSize", AxlQuery.DefaultPageSize, 1, AuditLog.MaxPageSize, errors);
            foreach (var unknown in request.Query.Keys.Where(k => !AuditFilterQuery.Keys.Contains(k) && k is not ("page" or "pageSize")))
            {
                errors[unknown] = [$"The audit log takes {string.Join(", ", AuditFilterQuery.Keys)}, page and pageSize."];
            }

            if (errors.Count > 0)
            {
                return ApiProblems.BadRequest("The audit log's query is not valid.", errors);
            }

            var found = await log.FindAsync(filter, page - 1, pageSize, cancellation);
            var items = found.Rows.Select(e => new AuditEntryJson(
                e.Id, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), e.Account, e.Channel, e.TokenName, e.Action.ToString(), e.ObjectType, e.ObjectId, e.ObjectName,
                AuditTrail.ChangesOf(e))).ToList();
            return Results.Ok(new AxlPage<AuditEntryJson>(items, found.TotalCount, page, pageSize));
        })
        .WithTags("Audit Log")
        .WithName("list-audit")
        .WithSummary("List audit entries")
        .WithDescription("Every change from every channel, newest first. Filters: from, to (ISO 8601, UTC unless an offset is given; to is exclusive), account, objectType, objectId, objectName (part, any case), channel (Page, Api, SelfCare, Import, Account, System), action (Create, Update, Delete).")
        .Produces<AxlPage<AuditEntryJson>>()
        .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }
}
