namespace AdminPortal.Core.Bulk;

/// <summary>
/// What a background import job runs: the bulk import engine (<see cref="BulkImport"/>) over the uploaded file,
/// reporting its progress. The portal's is <see cref="BulkImportJobEngine"/>; tests give the runner one they can pace.
/// </summary>
public interface IImportJobEngine
{
    Task<ImportReport> RunAsync(ImportJobWork work, IProgress<ImportProgress> progress, CancellationToken cancellation);
}
