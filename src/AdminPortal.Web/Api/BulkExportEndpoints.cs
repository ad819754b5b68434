using AdminPortal.Core.Bulk;

namespace AdminPortal.Web.Api;

/// <summary>
/// <c>GET /api/v1/bulk/export/{type}</c>: one type's CSV file (type = the API's collection name, such as
/// <c>remote-destinations</c>); <c>GET /api/v1/bulk/export</c>: the archive of every type (a zip of one CSV per type
/// and a manifest). Both streamed from <see cref="BulkExport"/>, with the API's authentication and read role.
/// </summary>
public static class BulkExportEndpoints
{
    public static RouteGroupBuilder MapBulkExportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/bulk/export").WithTags("Bulk Administration");
        group.MapGet("/{type}", (string type, BulkExport export) => BulkObjectTypes.Find(type) is BulkObjectType found
                ? Results.Stream(output => export.WriteFileAsync(found, output), BulkExport.CsvContentType + "; charset=utf-8", found.FileName)
                : ApiProblems.NotFound($"There is no object type '{type}' to export. The types are: {string.Join(", ", BulkObjectTypes.InDependencyOrder.Select(t => t.Slug))}."))
            .WithName("bulk-export-type")
            .WithSummary("Export one object type as a CSV file")
            .WithDescription("UTF-8 without a byte-order mark, CRLF, the header row first (BAT's names where BAT has them), objects ordered by their key.")
            .Produces(StatusCodes.Status200OK, contentType: BulkExport.CsvContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("", (BulkExport export, TimeProvider clock) =>
                Results.Stream(output => export.WriteArchiveAsync(output), BulkExport.ArchiveContentType, BulkExport.ArchiveFileName(clock.GetUtcNow())))
            .WithName("bulk-export-archive")
            .WithSummary("Export every object type as one archive")
            .WithDescription("A zip of one CSV file per type in dependency order, and manifest.json (format, version, rows per file).")
            .Produces(StatusCodes.Status200OK, contentType: BulkExport.ArchiveContentType);
        return group;
    }
}
