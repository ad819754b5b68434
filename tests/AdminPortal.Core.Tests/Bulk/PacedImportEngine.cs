using AdminPortal.Core.Bulk;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>
/// An import engine a test paces: it reports validating, then writing (with rows), waits until the test releases it,
/// and answers the outcome the test gave (or throws its failure). It checks the job's file is there while it runs.
/// </summary>
public sealed class PacedImportEngine(ImportJobOutcome outcome, int rows = 10, Exception? failure = null) : IImportJobEngine
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ImportJobWork? Received { get; private set; }

    public bool FileWasThere { get; private set; }

    public void Release() => _release.TrySetResult();

    public async Task<ImportJobOutcome> RunAsync(ImportJobWork work, IProgress<ImportJobProgress> progress, CancellationToken cancellation)
    {
        Received = work;
        FileWasThere = File.Exists(work.FilePath);
        progress.Report(new ImportJobProgress(ImportJobStatus.Validating, rows, rows));
        progress.Report(new ImportJobProgress(ImportJobStatus.Writing, rows / 2, rows));
        await _release.Task.WaitAsync(cancellation);
        return failure is null ? outcome : throw failure;
    }
}
