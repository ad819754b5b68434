using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Rules;

/// <summary>
/// The whole configuration's design review, one for the process (register it as a singleton): every tab, the CSV
/// export and the API read the same findings, computed once per configuration version
/// (<see cref="ClusterGuard.WriteSequence"/>, moved by every configuration change inside its transaction) and
/// recomputed only when it has moved. Requests that arrive while that version's review is being computed wait for
/// the same computation instead of starting their own. Each request costs one read of the counter. At 40,000
/// remote destinations one review takes ~200 ms of CPU (decision 022): once per change, not once per tab.
/// </summary>
public sealed class SharedDesignReview(IDbContextFactory<PortalDbContext> contexts)
{
    private readonly Lock _gate = new();
    private (long Version, Task<IReadOnlyList<Finding>> Findings)? _latest;

    /// <summary>The findings of the configuration as it is now (or newer): errors first, then by rule and object.</summary>
    public async Task<IReadOnlyList<Finding>> ReviewAsync(CancellationToken cancellation = default)
    {
        long version;
        await using (var db = await contexts.CreateDbContextAsync(cancellation))
        {
            // Read before the review's rows, so findings are never older than the version they are filed under.
            version = await ClusterGuard.VersionAsync(db, cancellation);
        }

        Task<IReadOnlyList<Finding>> findings;
        lock (_gate)
        {
            if (_latest is { } latest && latest.Version >= version && !latest.Findings.IsFaulted && !latest.Findings.IsCanceled)
            {
                findings = latest.Findings;
            }
            else
            {
                // Not tied to this request's cancellation: other tabs may be waiting for the same review.
                findings = Task.Run(ComputeAsync, CancellationToken.None);
                _latest = (version, findings);
            }
        }

        return await findings.WaitAsync(cancellation);
    }

    private async Task<IReadOnlyList<Finding>> ComputeAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await new DesignReview(db).RunAsync();
    }
}
