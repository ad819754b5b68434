using System.Collections.Concurrent;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// How far the jobs running on this instance are, in memory, refreshed a few times a second by their run. On SQLite
/// the import's transaction holds the database's one write lock until it ends, so progress cannot be written to the
/// job's row meanwhile: the pages read it here instead (<see cref="ImportJobs"/> lays it over the row). On PostgreSQL
/// it is also written to the row, for the pages of other instances.
/// </summary>
public sealed class RunningImportJobs
{
    private readonly ConcurrentDictionary<string, ImportJobLive> _jobs = new(StringComparer.Ordinal);

    public void Set(string jobId, ImportJobLive live) => _jobs[jobId] = live;

    public void Remove(string jobId) => _jobs.TryRemove(jobId, out _);

    /// <summary>The job with this instance's latest progress when it runs here and its row does not say it is finished.</summary>
    public ImportJob Over(ImportJob job)
    {
        if (job.IsFinished || !_jobs.TryGetValue(job.Id, out var live))
        {
            return job;
        }

        job.Status = live.Status;
        job.RowsChecked = live.RowsChecked;
        job.RowsWritten = live.RowsWritten;
        job.RowsPerSecond = live.RowsPerSecond;
        return job;
    }
}
