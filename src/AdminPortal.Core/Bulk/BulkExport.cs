using System.Data;
using System.Data.Common;
using System.IO.Compression;
using System.Text;
using AdminPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Writes the stored configuration as bulk files: one type's CSV, or an archive of every type's CSV and a
/// <see cref="BulkManifest"/>. Each file is UTF-8 without a byte-order mark, rows ended by CRLF, objects ordered by
/// their key, read from one snapshot of the database and streamed (an object at a time, never a whole table), so that
/// exporting the same configuration twice gives the same bytes.
/// </summary>
public sealed class BulkExport(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>UTF-8 without a byte-order mark, as BAT writes its files.</summary>
    public static readonly Encoding FileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every entry of an archive carries this time, so that the archive's bytes depend only on the configuration.</summary>
    public static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const string CsvContentType = "text/csv";

    // Rows are written in chunks of about this many characters.
    private const int FlushAt = 32 * 1024;

    public const string ArchiveContentType = "application/zip";

    /// <summary>The name a download of the archive is offered under: the export's time, UTC.</summary>
    public static string ArchiveFileName(DateTimeOffset at) => $"mobility-configuration-{at.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.zip";

    /// <summary>Writes the CSV file of <paramref name="type"/> to <paramref name="output"/>; returns the number of data rows.</summary>
    public async Task<int> WriteFileAsync(BulkObjectType type, Stream output, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await using var snapshot = await SnapshotAsync(db, cancellation);
        return await WriteAsync(db, type, output, cancellation);
    }

    /// <summary>
    /// Writes the archive of <paramref name="types"/> (every type when none are named) to <paramref name="output"/>: one
    /// CSV per type in dependency order, then the manifest. The zip is built in a temporary file and then copied, so
    /// that <paramref name="output"/> may be a response body that takes only asynchronous writes.
    /// </summary>
    public async Task<BulkManifest> WriteArchiveAsync(Stream output, IReadOnlyCollection<BulkObjectType>? types = null, CancellationToken cancellation = default)
    {
        var chosen = BulkObjectTypes.InDependencyOrder.Where(t => types is null || types.Contains(t)).ToList();
        await using var zipFile = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        BulkManifest manifest;
        await using (var db = await contexts.CreateDbContextAsync(cancellation))
        await using (var snapshot = await SnapshotAsync(db, cancellation))
        using (var archive = new ZipArchive(zipFile, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = new List<BulkManifestFile>();
            foreach (var type in chosen)
            {
                var entry = archive.CreateEntry(type.FileName, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                await using var csv = entry.Open();
                files.Add(new BulkManifestFile(type.FileName, type.Slug, await WriteAsync(db, type, csv, cancellation)));
            }

            manifest = BulkManifest.Of(files);
            var manifestEntry = archive.CreateEntry(BulkManifest.FileName, CompressionLevel.Optimal);
            manifestEntry.LastWriteTime = EntryTime;
            await using var json = manifestEntry.Open();
            await json.WriteAsync(manifest.ToUtf8(), cancellation);
        }

        zipFile.Position = 0;
        await zipFile.CopyToAsync(output, cancellation);
        return manifest;
    }

    private static async Task<int> WriteAsync(PortalDbContext db, BulkObjectType type, Stream output, CancellationToken cancellation)
    {
        await using var text = new StreamWriter(output, FileEncoding, bufferSize: 64 * 1024, leaveOpen: true);
        var counts = await type.File.GroupCountsAsync(db, cancellation);
        var line = new BulkLine { GroupCounts = counts };
        foreach (var header in type.File.Headers(counts))
        {
            line.Add(header);
        }

        line.EndRow();
        var rows = 0;
        await foreach (var resource in type.File.StoredAsync(db, cancellation))
        {
            type.File.Write(resource, line);
            line.EndRow();
            rows++;
            if (line.Length >= FlushAt)
            {
                await line.WriteToAsync(text, cancellation);
            }
        }

        await line.WriteToAsync(text, cancellation);
        await text.FlushAsync(cancellation);
        return rows;
    }

    /// <summary>
    /// A read transaction over every query of the export, so that its files agree with each other. On SQLite a
    /// deferred transaction: it reads a snapshot (write-ahead log) and never holds the write lock.
    /// </summary>
    private static async Task<DbTransaction> SnapshotAsync(PortalDbContext db, CancellationToken cancellation)
    {
        await db.Database.OpenConnectionAsync(cancellation);
        var connection = db.Database.GetDbConnection();
        var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
        await db.Database.UseTransactionAsync(transaction, cancellation);
        return transaction;
    }
}
