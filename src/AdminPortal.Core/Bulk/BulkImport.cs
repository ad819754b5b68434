using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Imports files of configuration objects (one, or a whole archive in dependency order) in one transaction under
/// the cluster lock (<see cref="ClusterGuard"/>), so that the rules that span objects (R2's cap, R3's per-user limit,
/// R4/R5's uniqueness) are judged against a configuration nobody else changes meanwhile. Every row is judged by the
/// same validator and design rules as a page save, as if the rows and files before it were applied:
/// <see cref="ImportMode.DryRun"/> then rolls everything back, <see cref="ImportMode.All"/> commits only when no row
/// was refused, <see cref="ImportMode.ValidRows"/> commits the accepted rows. Each object written gets one audit entry,
/// channel Import, with the job id. Progress is reported every <see cref="ImportRun.ProgressStep"/> rows and at the end
/// of each file; cancelling rolls everything back.
/// </summary>
public sealed class BulkImport(IDbContextFactory<PortalDbContext> contexts, IChangeAuthorization changes)
{
    /// <summary>Imports what the reader reads (<see cref="BulkReader"/> for one file, <see cref="BulkArchive"/> for an archive), file by file as it streams.</summary>
    public Task<ImportReport> ImportAsync(
        IAsyncEnumerable<BulkRow> rows,
        ImportMode mode,
        string? jobId = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellation = default) =>
        RunAsync(mode, jobId, progress, async (run, counts) =>
        {
            await using var cursor = new BulkRowCursor(rows.GetAsyncEnumerator(cancellation));
            var row = await cursor.NextAsync();
            while (row is not null)
            {
                if (row.EndsFile || row.Type is null)
                {
                    return [.. row.Problems.Select(ImportFile.ErrorOf)];
                }

                counts.Add(await ImportFile.Create(row.Type, row.File, cursor.FileAsync(cancellation)).RunAsync(run, cancellation));
                row = cursor.Current;
            }

            return [];
        }, cancellation);

    /// <summary>Imports <paramref name="files"/> in their order (each type after the types it refers to).</summary>
    public Task<ImportReport> ImportAsync(
        IReadOnlyList<ImportFile> files,
        ImportMode mode,
        string? jobId = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellation = default) =>
        RunAsync(mode, jobId, progress, async (run, counts) =>
        {
            foreach (var file in files)
            {
                counts.Add(await file.RunAsync(run, cancellation));
            }

            return [];
        }, cancellation);

    private async Task<ImportReport> RunAsync(
        ImportMode mode,
        string? jobId,
        IProgress<ImportProgress>? progress,
        Func<ImportRun, List<ImportTypeCount>, Task<List<ImportError>>> files,
        CancellationToken cancellation)
    {
        jobId ??= Guid.NewGuid().ToString("N");
        var actor = await changes.ActorAsync(cancellation);
        if (!actor.MayChange && mode != ImportMode.DryRun)
        {
            return new ImportReport(mode, 0, 0, 0, false, [new ImportError("", 0, "", null, null, ConfigurationStore.ReadOnlyMessage)], []) { JobId = jobId };
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        // One transaction, rolled back whole when the import is not applied: EF's savepoints would be waste.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await ClusterGuard.TakeAsync(db, cancellation);

        var run = new ImportRun(db, actor with { Channel = ChangeChannel.Import, JobId = jobId }, mode, progress);
        var counts = new List<ImportTypeCount>();
        var fileProblems = await files(run, counts);
        if (fileProblems.Count == 0)
        {
            foreach (var file in await PrimaryDevices.ApplyAsync(run, cancellation))
            {
                var i = counts.FindIndex(c => c.File == file);
                counts[i] = counts[i] with { Accepted = counts[i].Accepted - 1, Refused = counts[i].Refused + 1, Added = Math.Max(0, counts[i].Added - 1) };
            }
        }

        var rows = counts.Sum(c => c.Rows);
        var accepted = counts.Sum(c => c.Accepted);
        var applied = fileProblems.Count == 0 && mode switch
        {
            ImportMode.All => run.Refused == 0 && accepted > 0,
            ImportMode.ValidRows => accepted > 0,
            _ => false,
        };
        if (applied)
        {
            await transaction.CommitAsync(cancellation);
        }
        else
        {
            await transaction.RollbackAsync(cancellation);
        }

        return new ImportReport(mode, rows, accepted, rows - accepted, applied, run.Errors, counts) { JobId = jobId, FileProblems = fileProblems };
    }
}
