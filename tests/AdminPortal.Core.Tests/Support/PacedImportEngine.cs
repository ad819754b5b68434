using AdminPortal.Core.Bulk;

namespace AdminPortal.Core.Tests.Support;

/// <summary>
/// An import engine a test paces: it reports rows checked and written in two files, waits until the test releases it,
/// and answers the outcome the test gave (or throws its failure). It checks the job's file is there while it runs.
/// </summary>
/// <remarks>Given a database, it holds the cluster's write lock while it runs, as the real engine's transaction does.</remarks>
public sealed class PacedImportEngine(ImportReport outcome, int rows = 10, Exception? failure = null, TestDatabase? holdsWriteLock = null) : IImportJobEngine
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ImportJobWork? Received { get; private set; }

    public bool FileWasThere { get; private set; }

    public void Release() => _release.TrySetResult();

    public async Task<ImportReport> RunAsync(ImportJobWork work, IProgress<ImportProgress> progress, CancellationToken cancellation)
    {
        Received = work;
        FileWasThere = File.Exists(work.FilePath);
        await using var db = holdsWriteLock?.CreateDbContext();
        await using var transaction = db is null ? null : await db.Database.BeginTransactionAsync(cancellation);
        if (db is not null)
        {
            await AdminPortal.Core.Data.ClusterGuard.TakeAsync(db, cancellation);
        }

        // Two files: the first checked whole, the second half checked and written.
        progress.Report(new ImportProgress("sites.csv", rows / 2, 0));
        progress.Report(new ImportProgress("remote-destinations.csv", rows / 4, rows / 4));
        await _release.Task.WaitAsync(cancellation);
        return failure is null ? outcome : throw failure;
    }
}
