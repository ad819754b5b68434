namespace AdminPortal.Core.Bulk;

/// <summary>
/// What a background import job runs: the bulk import engine over the uploaded file, reporting its progress. The
/// portal's one implementation calls the engine the HTTP import uses; tests give the runner one they can pace.
/// </summary>
public interface IImportJobEngine
{
    Task<ImportJobOutcome> RunAsync(ImportJobWork work, IProgress<ImportJobProgress> progress, CancellationToken cancellation);
}
