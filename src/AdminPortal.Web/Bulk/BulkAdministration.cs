using System.Text;
using AdminPortal.Core.Bulk;
using Microsoft.Data.Sqlite;

namespace AdminPortal.Web.Bulk;

/// <summary>The Bulk Administration pages' services, background runner and downloads (decision 017).</summary>
public static class BulkAdministration
{
    public static IServiceCollection AddBulkAdministration(this IServiceCollection services)
    {
        services.AddSingleton<PendingImportJobs>();
        services.AddSingleton<RunningImportJobs>();
        services.AddSingleton<ImportJobRun>();
        services.AddScoped<ImportJobs>();
        services.AddScoped<ImportJobReport>();
        services.AddScoped<IImportJobEngine, BulkImportJobEngine>();
        services.AddHostedService<ImportJobRunner>();
        services.AddSingleton(provider => JobFolder(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        return services;
    }

    /// <summary>
    /// The Export page's downloads, signed in with the portal's cookie (the API's own are under /api/v1): one type's CSV,
    /// and the archive of the chosen types (<c>types=a,b</c>) or of every type; streamed from <see cref="BulkExport"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapBulkExportDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(PortalUrls.BulkExportFileTemplate, (string type, BulkExport export) => BulkObjectTypes.Find(type) is { } found
                ? Results.Stream(output => export.WriteFileAsync(found, output), BulkExport.CsvContentType + "; charset=utf-8", found.FileName)
                : Results.NotFound())
            .RequireAuthorization(Core.Accounts.PortalRoles.AdministrationPolicy);
        app.MapGet(PortalUrls.BulkExportArchive, (string? types, BulkExport export, TimeProvider clock) =>
            {
                var slugs = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var unknown = slugs.Where(s => BulkObjectTypes.Find(s) is null).ToList();
                if (unknown.Count > 0)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["types"] = [$"Not object types of bulk files: {string.Join(", ", unknown)}."] });
                }

                var chosen = slugs.Length == 0 ? null : slugs.Select(s => BulkObjectTypes.Find(s)!).ToList();
                return Results.Stream(output => export.WriteArchiveAsync(output, chosen), BulkExport.ArchiveContentType, BulkExport.ArchiveFileName(clock.GetUtcNow()));
            })
            .RequireAuthorization(Core.Accounts.PortalRoles.AdministrationPolicy);
        return app;
    }

    /// <summary>A job's refused rows as CSV (UTF-8 with a byte-order mark, for spreadsheets), filtered as on its page; streamed.</summary>
    public static IEndpointRouteBuilder MapImportJobReportDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet(PortalUrls.BulkJobRefusedRowsCsv, async (string id, string? type, string? rule, string? text, HttpContext http, ImportJobs jobs, ImportJobReport report, CancellationToken cancellation) =>
        {
            if (await jobs.FindAsync(id, cancellation) is null)
            {
                return Results.NotFound();
            }

            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"import-{id}-refused-rows.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024);
            await report.WriteCsvAsync(id, new ImportReportFilter(type, rule, text), writer, cancellation);
            return Results.Empty;
        }).RequireAuthorization(Core.Accounts.PortalRoles.AdministrationPolicy);
        return app;
    }

    /// <summary><c>Bulk:JobFolder</c> (relative to the content root), or <c>import-jobs</c> beside the SQLite database file.</summary>
    public static ImportJobFolder JobFolder(IConfiguration configuration, string contentRoot)
    {
        if (configuration[ImportJobFolder.Setting] is { Length: > 0 } configured)
        {
            return new ImportJobFolder(Path.GetFullPath(Path.Combine(contentRoot, configured)));
        }

        var database = Operations.BackupSettings.SqliteConnectionString(configuration, contentRoot) is { } sqlite ? new SqliteConnectionStringBuilder(sqlite).DataSource : "";
        var beside = Path.IsPathRooted(database) ? Path.GetDirectoryName(database)! : contentRoot;
        return new ImportJobFolder(Path.Combine(beside, ImportJobFolder.DefaultName));
    }
}
