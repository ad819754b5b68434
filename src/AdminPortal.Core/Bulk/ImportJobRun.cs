using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The runner's side of import jobs (decision 017): runs one queued job through the engine, publishing its step, rows
/// and rows per second a few times a second (<see cref="RunningImportJobs"/>, and on PostgreSQL the job's row, so
/// that every instance's pages see it), then keeps the report; and fails the jobs whose instance went silent. The
/// uploaded file is deleted once the job has run.
/// </summary>
public sealed class ImportJobRun(IDbContextFactory<PortalDbContext> contexts, ImportJobFolder folder, PendingImportJobs queue, RunningImportJobs running, TimeProvider time)
{
    /// <summary>How often a running job's row is updated (progress and heartbeat).</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>A job whose heartbeat is older than this has lost its instance (it stopped or crashed).</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromMinutes(1);

    public const string LostMessage =
        "The portal instance running this job stopped before it finished. An all-or-nothing import wrote nothing; a valid-rows import may have written some rows (see the audit log for this job id). Upload the file again.";

    public const string StoppedMessage =
        "The portal was stopping while this job ran. An all-or-nothing import wrote nothing; a valid-rows import may have written some rows (see the audit log for this job id). Upload the file again.";

    /// <summary>Why a job whose file the reader refused as a whole failed (the problems are also its refused rows).</summary>
    public static string UnreadableMessage(IReadOnlyList<ImportError> problems) =>
        $"The file could not be read, nothing was written: {string.Join(" ", problems.Select(p => $"{p.File}: {p.Message}"))}";

    public static string FailedMessage(Exception failure) => $"The import stopped on an error: {failure.Message}";

    public async Task RunAsync(string jobId, IImportJobEngine engine, CancellationToken cancellation)
    {
        try
        {
            var job = await StartAsync(jobId, cancellation);
            if (job is null)
            {
                return;
            }

            var progress = new ImportJobLatestProgress();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var work = new ImportJobWork(job.Id, job.Account, folder.FileOf(job.Id), job.FileName, job.ObjectType, job.Mode);
            // On the thread pool: an engine over SQLite finishes its "async" calls synchronously, and the pump must run beside it.
            var run = Task.Run(() => engine.RunAsync(work, progress, cancellation), cancellation);
            var pump = PumpAsync(job, progress, run, stop.Token);
            ImportReport outcome;
            try
            {
                outcome = await run;
            }
            catch (Exception failure)
            {
                await stop.CancelAsync();
                await IgnoreCancellation(pump);
                await FailAsync(jobId, cancellation.IsCancellationRequested ? StoppedMessage : FailedMessage(failure), CancellationToken.None);
                return;
            }

            await stop.CancelAsync();
            await IgnoreCancellation(pump);
            await FinishAsync(job, outcome, CancellationToken.None);
        }
        finally
        {
            running.Remove(jobId);
            File.Delete(folder.FileOf(jobId));
            queue.Release(jobId);
        }
    }

    /// <summary>Keeps the heartbeat of the jobs this instance holds (queued ones included).</summary>
    public async Task BeatAsync(CancellationToken cancellation)
    {
        var held = queue.Held;
        if (held.Count == 0)
        {
            return;
        }

        var now = Now;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await db.ImportJobs.Where(j => held.Contains(j.Id)).ExecuteUpdateAsync(s => s.SetProperty(j => j.HeartbeatAt, now), cancellation);
    }

    /// <summary>Fails the unfinished jobs whose instance went silent (<see cref="Silence"/>); returns how many.</summary>
    public async Task<int> FailLostAsync(CancellationToken cancellation)
    {
        var now = Now;
        var before = now - Silence;
        var held = queue.Held;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.ImportJobs
            .Where(j => (j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Validating || j.Status == ImportJobStatus.Writing)
                && j.HeartbeatAt < before && !held.Contains(j.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Failed).SetProperty(j => j.Failure, LostMessage).SetProperty(j => j.FinishedAt, now), cancellation);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<ImportJob?> StartAsync(string jobId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellation);
        if (job is not { Status: ImportJobStatus.Queued })
        {
            return null;
        }

        job.Status = ImportJobStatus.Validating;
        job.StartedAt = job.HeartbeatAt = Now;
        job.RowsTotal = await ImportJobRowEstimate.CountAsync(folder.FileOf(job.Id), archive: job.ObjectType.Length == 0, cancellation);
        await db.SaveChangesAsync(cancellation);
        return job;
    }

    // Publishes the latest progress until the run ends: the step (writing once rows are written, never in a dry run),
    // the rows checked and written, the rate since the job started. On SQLite the import holds the one write lock until
    // it ends, so the row is left alone (a write would wait for the lock); a failed write never stops the run.
    private async Task PumpAsync(ImportJob job, ImportJobLatestProgress progress, Task run, CancellationToken cancellation)
    {
        var started = job.StartedAt ?? Now;
        bool sqlite;
        await using (var probe = await contexts.CreateDbContextAsync(cancellation))
        {
            sqlite = probe.Database.IsSqlite();
        }

        using var timer = new PeriodicTimer(ProgressInterval, time);
        while (!run.IsCompleted && await timer.WaitForNextTickAsync(cancellation))
        {
            var now = Now;
            var (rowsChecked, written) = progress.Rows;
            var step = written > 0 && job.Mode != ImportMode.DryRun ? ImportJobStatus.Writing : ImportJobStatus.Validating;
            var seconds = (now - started).TotalSeconds;
            var rate = seconds > 0 ? rowsChecked / seconds : 0;
            running.Set(job.Id, new ImportJobLive(step, rowsChecked, written, rate));
            if (sqlite)
            {
                continue;
            }

            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellation);
                await db.ImportJobs.Where(j => j.Id == job.Id && (j.Status == ImportJobStatus.Validating || j.Status == ImportJobStatus.Writing))
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, step).SetProperty(j => j.RowsChecked, rowsChecked).SetProperty(j => j.RowsWritten, written)
                        .SetProperty(j => j.RowsPerSecond, rate).SetProperty(j => j.HeartbeatAt, now), cancellation);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The pages of this instance still see the progress; the next tick tries again.
            }
        }
    }

    private async Task FinishAsync(ImportJob job, ImportReport outcome, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await ImportJobOutcome.KeepAsync(db, job, outcome, Now, cancellation);
        await transaction.CommitAsync(cancellation);
    }

    private async Task FailAsync(string jobId, string failure, CancellationToken cancellation)
    {
        var now = Now;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ImportJobStatus.Failed).SetProperty(j => j.Failure, failure)
            .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.HeartbeatAt, now), cancellation);
    }

    private static async Task IgnoreCancellation(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
            // The pump stops by cancellation once the run is over.
        }
    }
}
