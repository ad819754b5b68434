using System.IO.Compression;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The data rows of an uploaded file, counted before its job runs so that the progress bar has an end: its lines
/// less the header, summed over an archive's CSV files. An estimate (a quoted line break counts as a row, a blank
/// row that ends a file is not subtracted); null when the file is not what its name says (the import reports why).
/// </summary>
public static class ImportJobRowEstimate
{
    public static async Task<int?> CountAsync(string path, bool archive, CancellationToken cancellation)
    {
        try
        {
            await using var file = File.OpenRead(path);
            if (!archive)
            {
                return Math.Max(0, await LinesAsync(file, cancellation) - 1);
            }

            await using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            var rows = 0;
            foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
            {
                await using var csv = await entry.OpenAsync(cancellation);
                rows += Math.Max(0, await LinesAsync(csv, cancellation) - 1);
            }

            return rows;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static async Task<int> LinesAsync(Stream stream, CancellationToken cancellation)
    {
        var buffer = new byte[64 * 1024];
        var lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellation)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        // A last line without its line break is a line too (an empty file has none).
        return last == '\n' ? lines : lines + 1;
    }
}
