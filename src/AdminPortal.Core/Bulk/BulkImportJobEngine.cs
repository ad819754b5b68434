using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The engine a job runs: the job's file read by the bulk reader (<see cref="BulkReader"/> for one type,
/// <see cref="BulkArchive"/> for an archive) into <see cref="BulkImport"/>, as the account that started the job, with
/// the job's id on every audit entry.
/// </summary>
public sealed class BulkImportJobEngine(IDbContextFactory<PortalDbContext> contexts) : IImportJobEngine
{
    public async Task<ImportReport> RunAsync(ImportJobWork work, IProgress<ImportProgress> progress, CancellationToken cancellation)
    {
        await using var file = new FileStream(work.FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var rows = work.ObjectType.Length == 0
            ? BulkArchive.ReadAsync(file, work.FileName, cancellation)
            : BulkReader.ReadAsync(file, BulkObjectTypes.Find(work.ObjectType) ?? throw new InvalidOperationException($"'{work.ObjectType}' is not a bulk object type."), work.FileName, cancellation);
        return await new BulkImport(contexts, new ImportJobChange(work.Account)).ImportAsync(rows, work.Mode, work.JobId, progress, cancellation);
    }
}
