using AdminPortal.Core.Bulk;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace AdminPortal.Web.Api;

/// <summary>
/// The file of a bulk import request: the body itself (<c>text/csv</c>, <c>application/zip</c>) or the first file of
/// a <c>multipart/form-data</c> body, copied to a temporary file before the import starts, so that a slow upload
/// never holds the cluster lock. Copying stops one byte past <see cref="BulkLimits.MaxFileBytes"/>: the reader then
/// says the file is too large.
/// </summary>
public static class BulkImportBody
{
    public const string CsvType = "text/csv";

    public const string ZipType = "application/zip";

    /// <summary>
    /// The file and the name the form gave it (none for a bare body), or the problem to answer (415 for another
    /// content type, 400 for a form without a file).
    /// </summary>
    public static async Task<(Stream? File, string? Name, IResult? Problem)> ReadAsync(HttpRequest request, string expected, CancellationToken cancellation)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        Stream source;
        string? name = null;
        if (request.HasFormContentType && MediaTypeHeaderValue.TryParse(request.ContentType, out var form) && form.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var files = (await request.ReadFormAsync(cancellation)).Files;
            if (files.Count == 0)
            {
                return (null, null, ApiProblems.BadRequest("The form holds no file: send the CSV file or the archive as a file field."));
            }

            source = files[0].OpenReadStream();
            name = files[0].FileName;
        }
        else if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
                 && (type.MediaType.Equals(expected, StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)))
        {
            source = request.Body;
        }
        else
        {
            return (null, null, ApiProblems.UnsupportedMediaType($"{expected} or multipart/form-data"));
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total <= BulkLimits.MaxFileBytes && (read = await source.ReadAsync(buffer, cancellation)) > 0)
        {
            await copy.WriteAsync(buffer.AsMemory(0, read), cancellation);
            total += read;
        }

        copy.Position = 0;
        return (copy, name, null);
    }
}
