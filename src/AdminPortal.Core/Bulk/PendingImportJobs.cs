using System.Collections.Concurrent;
using System.Threading.Channels;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The jobs this instance has accepted, in order, for its one runner: one import at a time per instance (decision
/// 017). Only ids travel here; the job's row and file hold the rest. <see cref="Held"/> is every job this instance
/// still owes a run (queued or running): the runner keeps their heartbeat.
/// </summary>
public sealed class PendingImportJobs
{
    private readonly Channel<string> _jobs = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Held => [.. _held.Keys];

    public void Enqueue(string jobId)
    {
        _held[jobId] = 0;
        if (!_jobs.Writer.TryWrite(jobId))
        {
            _held.TryRemove(jobId, out _);
            throw new InvalidOperationException("The import job queue is closed.");
        }
    }

    /// <summary>The job has run (or failed): this instance owes it nothing more.</summary>
    public void Release(string jobId) => _held.TryRemove(jobId, out _);

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellation) => _jobs.Reader.ReadAllAsync(cancellation);
}
