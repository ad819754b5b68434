using AdminPortal.Core.Bulk;
using Microsoft.AspNetCore.Authorization;

namespace AdminPortal.Web.Api;

/// <summary>
/// <c>POST /api/v1/bulk/import/{type}?mode=dryRun|all|validRows</c> (one CSV file) and <c>POST /api/v1/bulk/import</c>
/// (an archive): the file through the bulk reader into <see cref="BulkImport"/>, answered with the report. A dry run
/// needs only read access; applying needs the administrator role (a read-write token). A file the reader refuses as a
/// whole is a 400 problem with the reader's message, never a 500.
/// </summary>
public static class BulkImportEndpoints
{
    public static RouteGroupBuilder MapBulkImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/bulk/import").WithTags("Bulk Administration");
        group.MapPost("", ArchiveAsync).WithName("bulk-import-archive").WithSummary("Import an archive of bulk files (zip), in dependency order")
            .Accepts<IFormFile>(BulkImportBody.ZipType, "multipart/form-data").Produces<BulkImportJson>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).DisableAntiforgery();
        group.MapPost("/{type}", FileAsync).WithName("bulk-import-file").WithSummary("Import the CSV file of one object type")
            .Accepts<IFormFile>(BulkImportBody.CsvType, "multipart/form-data").Produces<BulkImportJson>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).DisableAntiforgery();
        return group;
    }

    private static Task<IResult> FileAsync(string type, HttpRequest request, BulkImport import, ImportJobs jobs, IAuthorizationService authorization, TimeProvider time, CancellationToken cancellation)
    {
        var objectType = BulkObjectTypes.Find(type);
        return objectType is null
            ? Task.FromResult(ApiProblems.NotFound($"There is no bulk file type '{type}': use one of {string.Join(", ", BulkObjectTypes.InDependencyOrder.Select(t => t.Slug))}."))
            : ImportAsync(request, BulkImportBody.CsvType, objectType.Slug, objectType.FileName, import, jobs, authorization, time,
                file => BulkReader.ReadAsync(file, objectType, objectType.FileName, cancellation), cancellation);
    }

    private static Task<IResult> ArchiveAsync(HttpRequest request, BulkImport import, ImportJobs jobs, IAuthorizationService authorization, TimeProvider time, CancellationToken cancellation) =>
        ImportAsync(request, BulkImportBody.ZipType, "", ArchiveFileName, import, jobs, authorization, time, file => BulkArchive.ReadAsync(file, ArchiveFileName, cancellation), cancellation);

    private const string ArchiveFileName = "archive.zip";

    // The import runs in the request (its report is the answer). One that tried to apply a readable file is then kept
    // as a finished job, as the page's background jobs are, so the job list shows who imported what through the API
    // and the job id its audit entries carry leads to its report. A dry run or a file refused as a whole (a 400) leaves
    // no trace, as any other read or refused request: scripts run dry runs often, and they write nothing.
    private static async Task<IResult> ImportAsync(
        HttpRequest request, string contentType, string objectType, string defaultFileName, BulkImport import, ImportJobs jobs, IAuthorizationService authorization, TimeProvider time,
        Func<Stream, IAsyncEnumerable<BulkRow>> read, CancellationToken cancellation)
    {
        if (BulkImportJson.ModeOf(request.Query["mode"]) is not { } mode)
        {
            return ApiProblems.BadRequest($"mode must be one of {string.Join(", ", BulkImportJson.Modes)} (all when left out).");
        }

        if (mode != ImportMode.DryRun && !(await authorization.AuthorizeAsync(request.HttpContext.User, ApiPolicies.Write)).Succeeded)
        {
            return ApiProblems.Forbidden("Applying an import needs the administrator role (a read-write token); a dry run needs only read access.");
        }

        var (file, name, problem) = await BulkImportBody.ReadAsync(request, contentType, cancellation);
        if (file is null)
        {
            return problem!;
        }

        await using (file)
        {
            var startedAt = time.GetUtcNow().UtcDateTime;
            var report = await import.ImportAsync(read(file), mode, cancellation: cancellation);
            if (mode != ImportMode.DryRun && report.FileProblems.Count == 0)
            {
                await jobs.KeepAsync(string.IsNullOrWhiteSpace(name) ? defaultFileName : name, objectType, startedAt, report, CancellationToken.None);
            }

            if (report.FileProblems.Count > 0)
            {
                return ApiProblems.BadRequest(report.FileProblems[0].Message,
                    report.FileProblems.GroupBy(p => p.File).ToDictionary(g => g.Key, g => g.Select(p => p.Row > 0 ? $"Row {p.Row}: {p.Message}" : p.Message).ToArray()));
            }

            return Results.Json(BulkImportJson.Of(report), ApiJson.Options);
        }
    }
}
