using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Keeps a finished import's outcome with its job: each refused row (a file refused as a whole first: it is why
/// nothing after it was read) and the job's figures and status. One home for the background jobs the pages start
/// (<see cref="ImportJobRun"/>) and the imports the HTTP API runs (<see cref="ImportJobs.KeepAsync"/>), so both read
/// back alike on the job list and the job's report page.
/// </summary>
internal static class ImportJobOutcome
{
    /// <summary>Writes <paramref name="outcome"/> to the existing row of <paramref name="job"/>, inside the caller's transaction.</summary>
    public static async Task KeepAsync(PortalDbContext db, ImportJob job, ImportReport outcome, DateTime now, CancellationToken cancellation)
    {
        var typeOfFile = outcome.Types.GroupBy(t => t.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ObjectType, StringComparer.Ordinal);
        var seconds = (now - (job.StartedAt ?? now)).TotalSeconds;
        var ordinal = 0;
        foreach (var chunk in outcome.FileProblems.Concat(outcome.Errors).Chunk(1000))
        {
            foreach (var row in chunk)
            {
                db.ImportJobRefusedRows.Add(new ImportJobRefusedRow
                {
                    JobId = job.Id, Ordinal = ++ordinal, File = ImportJobs.Cut(row.File, ImportJobs.MaxFileNameLength), ObjectType = typeOfFile.GetValueOrDefault(row.File) ?? BulkObjectTypes.ForFileName(row.File)?.Label ?? "",
                    Row = row.Row, Column = row.Column.Length == 0 ? null : row.Column, Value = row.Value is null ? null : ImportJobs.Cut(row.Value, ImportJobs.MaxKeptValueLength),
                    Rule = row.Rule, Message = row.Message, GuideLine = row.GuideLine,
                });
            }

            await db.SaveChangesAsync(cancellation);
            db.ChangeTracker.Clear();
        }

        var unreadable = outcome.FileProblems.Count == 0 ? null : ImportJobRun.UnreadableMessage(outcome.FileProblems);
        await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, unreadable == null ? ImportJobStatus.Done : ImportJobStatus.Failed).SetProperty(j => j.Failure, unreadable)
            .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.HeartbeatAt, now)
            .SetProperty(j => j.RowsTotal, outcome.Rows).SetProperty(j => j.RowsChecked, outcome.Rows)
            .SetProperty(j => j.RowsWritten, outcome.Applied ? outcome.Accepted : 0)
            .SetProperty(j => j.RowsPerSecond, seconds > 0 ? outcome.Rows / seconds : outcome.Rows)
            .SetProperty(j => j.Accepted, outcome.Accepted).SetProperty(j => j.Refused, outcome.Refused).SetProperty(j => j.Applied, outcome.Applied)
            .SetProperty(j => j.Counts, ImportJobs.CountsText(outcome.Types)), cancellation);
    }
}
