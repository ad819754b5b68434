using System.Text.Json;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The Bulk Administration pages' side of import jobs (decision 017): start one (the upload is kept on this
/// instance's disk and the job queued for its runner), list them, read one; and keep an import the HTTP API ran as a
/// finished job. Only administrators start jobs; read-only administrators see the list and the reports.
/// </summary>
public sealed class ImportJobs(
    IDbContextFactory<PortalDbContext> contexts, IChangeAuthorization changes, ImportJobFolder folder, PendingImportJobs queue, RunningImportJobs running, TimeProvider time)
{
    public const int IdLength = 32;

    public const int MaxFileNameLength = 260;

    /// <summary>A refused value longer than this is kept cut to this length (the report shows where, not a whole 100 MB cell).</summary>
    public const int MaxKeptValueLength = 1024;

    /// <summary>The job list shows this many, newest first.</summary>
    public const int ListLength = 100;

    public const string NotAllowedMessage =
        "Only administrators can import. Read-Only Administrators can run a dry run, export, and look at the jobs and their reports. Nothing was uploaded.";

    public const string NoFileMessage = "Choose a CSV or zip file to import.";

    /// <summary>The largest upload: the largest file the reader takes (a CSV, or an archive).</summary>
    public const long MaxUploadBytes = BulkLimits.MaxFileBytes > BulkLimits.MaxArchiveBytes ? BulkLimits.MaxFileBytes : BulkLimits.MaxArchiveBytes;

    public static string TooLargeMessage { get; } = $"The file is larger than {BulkLimits.Describe(MaxUploadBytes)}, the most a bulk file may hold. Nothing was uploaded.";

    public static string UnknownTypeMessage(string objectType) => $"'{objectType}' is not an object type of bulk files. Nothing was uploaded.";

    /// <summary>Whether the signed-in user may apply imports; everyone on the administration pages may run a dry run, as through the API.</summary>
    public async Task<bool> MayImportAsync(CancellationToken cancellation = default) => (await changes.ActorAsync(cancellation)).MayChange;

    /// <summary>
    /// Keeps <paramref name="content"/> as the job's file and queues the job; refused (nothing kept) for a read-only
    /// administrator applying, a missing file, or a type that is neither empty (an archive) nor a <see cref="BulkObjectType.Slug"/>.
    /// </summary>
    public async Task<ImportJobStart> StartAsync(string fileName, string objectType, ImportMode mode, Stream content, CancellationToken cancellation = default)
    {
        var actor = await changes.ActorAsync(cancellation);
        if (!actor.MayChange && mode != ImportMode.DryRun)
        {
            return new ImportJobStart(null, NotAllowedMessage);
        }

        if (string.IsNullOrWhiteSpace(fileName))
        {
            return new ImportJobStart(null, NoFileMessage);
        }

        if (objectType.Length > 0 && BulkObjectTypes.Find(objectType) is null)
        {
            return new ImportJobStart(null, UnknownTypeMessage(objectType));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var job = new ImportJob
        {
            Id = Guid.NewGuid().ToString("N"),
            FileName = Cut(Path.GetFileName(fileName), MaxFileNameLength),
            ObjectType = objectType,
            Mode = mode,
            Status = ImportJobStatus.Queued,
            Account = actor.Account,
            QueuedAt = now,
            HeartbeatAt = now,
        };
        Directory.CreateDirectory(folder.Path);
        var path = folder.FileOf(job.Id);
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await content.CopyToAsync(file, cancellation);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellation);
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(cancellation);
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        queue.Enqueue(job.Id);
        return new ImportJobStart(job, null);
    }

    /// <summary>
    /// Keeps an import the HTTP API ran (it answers its report at once, without a queued job) as a finished job, so
    /// that the job list shows it beside the page's jobs and the job id its audit entries carry leads to its report.
    /// <paramref name="objectType"/> is a <see cref="BulkObjectType.Slug"/>, or empty for an archive.
    /// </summary>
    public async Task KeepAsync(string fileName, string objectType, DateTime startedAt, ImportReport report, CancellationToken cancellation = default)
    {
        var actor = await changes.ActorAsync(cancellation);
        var job = new ImportJob
        {
            Id = report.JobId,
            FileName = Cut(Path.GetFileName(fileName), MaxFileNameLength),
            ObjectType = objectType,
            Mode = report.Mode,
            Status = ImportJobStatus.Validating,
            Account = actor.Account,
            QueuedAt = startedAt,
            StartedAt = startedAt,
            HeartbeatAt = startedAt,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellation);
        db.ChangeTracker.Clear();
        await ImportJobOutcome.KeepAsync(db, job, report, time.GetUtcNow().UtcDateTime, cancellation);
        await transaction.CommitAsync(cancellation);
    }

    /// <summary>The newest <see cref="ListLength"/> jobs of the whole cluster, newest first (with this instance's live progress).</summary>
    public async Task<IReadOnlyList<ImportJob>> ListAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var jobs = await db.ImportJobs.AsNoTracking().OrderByDescending(j => j.QueuedAt).ThenByDescending(j => j.Id).Take(ListLength).ToListAsync(cancellation);
        return [.. jobs.Select(running.Over)];
    }

    public async Task<ImportJob?> FindAsync(string id, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellation) is { } job ? running.Over(job) : null;
    }

    /// <summary>The job's figures per file (empty until it finishes).</summary>
    public static IReadOnlyList<ImportTypeCount> CountsOf(ImportJob job) =>
        JsonSerializer.Deserialize<List<ImportTypeCount>>(job.Counts, CountsJson) ?? [];

    internal static string Cut(string text, int length) => text.Length > length ? text[..length] : text;

    internal static string CountsText(IReadOnlyList<ImportTypeCount> counts) => JsonSerializer.Serialize(counts, CountsJson);

    private static readonly JsonSerializerOptions CountsJson = new(JsonSerializerDefaults.Web);
}
