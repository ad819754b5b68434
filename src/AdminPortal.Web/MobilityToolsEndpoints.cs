using System.Text;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Rules;

namespace AdminPortal.Web;

/// <summary>The Mobility Tools' CSV downloads (design review, audit log), with their page's filters in the query string.</summary>
public static class MobilityToolsEndpoints
{
    public static IEndpointRouteBuilder MapDesignReviewExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(PortalUrls.DesignReviewCsv, async (MobilityTools tools, string? severity, string? rule, string? type, CancellationToken cancellation) =>
        {
            var filter = FindingFilter.Parse(severity, rule, type);
            var csv = FindingsCsv.Write(filter.Apply(await tools.ReviewAsync(cancellation)));
            return Results.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(),
                "text/csv; charset=utf-8", $"design-review-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv");
        }).RequireAuthorization(Core.Accounts.PortalRoles.AdministrationPolicy);
        return app;
    }

    /// <summary>The audit log as CSV, newest first, streamed: the Audit Log page's filters (<see cref="AuditFilterQuery"/>); a filter that does not parse is a 400.</summary>
    public static IEndpointRouteBuilder MapAuditLogExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(PortalUrls.AuditLogCsv, async (HttpContext http, AuditLog log, CancellationToken cancellation) =>
        {
            var errors = new Dictionary<string, string[]>();
            var filter = AuditFilterQuery.Parse(key => http.Request.Query[key].FirstOrDefault(), errors);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors);
            }

            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-log-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024);
            await log.WriteCsvAsync(filter, writer, cancellation);
            return Results.Empty;
        }).RequireAuthorization(Core.Accounts.PortalRoles.AdministrationPolicy);
        return app;
    }
}
