using AdminPortal.Core.Rules;

namespace AdminPortal.Web;

/// <summary>The design review as a CSV download, with the page's filters in the query string.</summary>
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
}
