using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Reads an archive of bulk files (a zip of one CSV per type, named as <see cref="BulkObjectType.FileName"/>, and
/// an optional <see cref="BulkManifest"/>): the rows of its files in dependency order, whatever their order in the
/// zip, each as <see cref="BulkReader"/> reads it. A problem of the archive as a whole (not a zip, too large, a file
/// that is no type's, a type twice, a manifest of another format) is one row with no type and
/// <see cref="BulkRow.EndsFile"/> set, and nothing is read.
/// </summary>
public static class BulkArchive
{
    public static async IAsyncEnumerable<BulkRow> ReadAsync(Stream zip, string archiveName = "archive.zip", [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var seekable = await SeekableAsync(zip, cancellation);
        await using var copy = seekable == zip ? null : seekable;
        if (seekable is null)
        {
            yield return Problem(archiveName, $"The archive is larger than {BulkLimits.Describe(BulkLimits.MaxArchiveBytes)}: export or import fewer types at a time.");
            yield break;
        }

        ZipArchive? archive;
        try
        {
            archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            archive = null;
        }

        if (archive is null)
        {
            yield return Problem(archiveName, "The file is not a zip archive: an archive is a zip of one CSV file per type.");
            yield break;
        }

        using (archive)
        {
            var (entries, problems) = await EntriesAsync(archive, archiveName, cancellation);
            if (problems.Count > 0)
            {
                yield return new BulkRow { Type = null, File = archiveName, Row = 0, EndsFile = true, Problems = problems };
                yield break;
            }

            foreach (var (type, entry) in entries.OrderBy(e => e.Type.Order))
            {
                await using var csv = entry.Open();
                await foreach (var row in BulkReader.ReadAsync(csv, type, entry.FullName, cancellation))
                {
                    yield return row;
                }
            }
        }
    }

    private static async Task<(List<(BulkObjectType Type, ZipArchiveEntry Entry)>, List<BulkProblem>)> EntriesAsync(ZipArchive archive, string archiveName, CancellationToken cancellation)
    {
        var entries = new List<(BulkObjectType Type, ZipArchiveEntry Entry)>();
        var problems = new List<BulkProblem>();
        foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0))
        {
            if (string.Equals(entry.Name, BulkManifest.FileName, StringComparison.OrdinalIgnoreCase))
            {
                await using var json = entry.Open();
                var manifest = entry.Length > BulkLimits.MaxCellLength * 16 ? null : await BulkManifest.ReadAsync(json, cancellation);
                if (manifest is null || manifest.Format != BulkManifest.FormatName || manifest.Version > BulkManifest.CurrentVersion)
                {
                    problems.Add(new BulkProblem(archiveName, 0, null, entry.FullName, $"{entry.FullName} is not the manifest of a format this portal reads ({BulkManifest.FormatName} version {BulkManifest.CurrentVersion})."));
                }
            }
            else if (BulkObjectTypes.ForFileName(entry.Name) is not BulkObjectType type)
            {
                problems.Add(new BulkProblem(archiveName, 0, null, entry.FullName, $"{entry.FullName} is not a file of an object type: name each file after its type ({string.Join(", ", BulkObjectTypes.InDependencyOrder.Select(t => t.FileName))})."));
            }
            else if (entries.Any(e => e.Type == type))
            {
                problems.Add(new BulkProblem(archiveName, 0, null, entry.FullName, $"The archive holds two {type.Label} files ({entries.First(e => e.Type == type).Entry.FullName} and {entry.FullName}): keep one."));
            }
            else if (entry.Length > BulkLimits.MaxFileBytes)
            {
                problems.Add(new BulkProblem(archiveName, 0, null, entry.FullName, $"{entry.FullName} is larger than {BulkLimits.Describe(BulkLimits.MaxFileBytes)} once unpacked: split it into smaller files."));
            }
            else
            {
                entries.Add((type, entry));
            }
        }

        if (problems.Count == 0 && entries.Count == 0)
        {
            problems.Add(new BulkProblem(archiveName, 0, null, null, "The archive holds no CSV file of an object type."));
        }

        return (entries, problems);
    }

    /// <summary>The archive as a seekable stream (a zip is read from its end): as is, or copied to a temporary file deleted on close; null when it is too large.</summary>
    private static async Task<Stream?> SeekableAsync(Stream zip, CancellationToken cancellation)
    {
        if (zip.CanSeek)
        {
            return zip.Length - zip.Position > BulkLimits.MaxArchiveBytes ? null : zip;
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var limited = new BulkInputStream(zip, BulkLimits.MaxArchiveBytes) { EndsAtNul = false };
        await limited.CopyToAsync(copy, cancellation);
        if (limited.TooLarge)
        {
            await copy.DisposeAsync();
            return null;
        }

        copy.Position = 0;
        return copy;
    }

    private static BulkRow Problem(string archiveName, string message) => new()
    {
        Type = null, File = archiveName, Row = 0, EndsFile = true, Problems = [new BulkProblem(archiveName, 0, null, null, message)],
    };
}
