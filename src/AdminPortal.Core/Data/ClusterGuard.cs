using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Data;

/// <summary>
/// One row that every configuration write updates first, inside its transaction: on PostgreSQL the row lock
/// queues the writers (SQLite's BEGIN IMMEDIATE does the same for the whole file), so the cross-object rules
/// (R2 cluster cap, R3 per-user limit, R5 unique partial match, R1, R6) are checked against a configuration no
/// one else is changing. It also counts remote destinations + mobility identities, so R2 is answered without
/// counting 40,000 rows on every save.
/// </summary>
public sealed class ClusterGuard
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Remote destinations + mobility identities stored (R2); kept by the save and delete paths.</summary>
    public int RemoteDestinationCount { get; set; }

    /// <summary>
    /// Configuration writes so far: the column the lock update touches, and so the configuration's version (the
    /// previews cache what they build from the configuration under it).
    /// </summary>
    public long WriteSequence { get; set; }

    /// <summary>Takes the write lock for the rest of the caller's transaction.</summary>
    public static Task TakeAsync(PortalDbContext db, CancellationToken cancellation) =>
        db.ClusterGuards.Where(g => g.Id == SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.WriteSequence, g => g.WriteSequence + 1), cancellation);

    /// <summary>
    /// The configuration's version (<see cref="WriteSequence"/>) that caches of what is built from the configuration
    /// are filed under. Read it before the rows, so a cached result is never older than its version.
    /// </summary>
    public static Task<long> VersionAsync(PortalDbContext db, CancellationToken cancellation) =>
        db.ClusterGuards.Where(g => g.Id == SingletonId).Select(g => g.WriteSequence).SingleAsync(cancellation);

    public static Task<int> RemoteDestinationCountAsync(PortalDbContext db, CancellationToken cancellation) =>
        db.ClusterGuards.Where(g => g.Id == SingletonId).Select(g => g.RemoteDestinationCount).SingleAsync(cancellation);

    /// <summary>
    /// Adds to the count, never past the cap: the WHERE is the last guard, should a caller have skipped the
    /// validator. Returns false (and changes nothing) when the cap would be passed.
    /// </summary>
    public static async Task<bool> AddRemoteDestinationsAsync(PortalDbContext db, int delta, CancellationToken cancellation) =>
        await db.ClusterGuards
            .Where(g => g.Id == SingletonId && g.RemoteDestinationCount + delta <= DesignRules.ClusterRemoteDestinationCap)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RemoteDestinationCount, g => g.RemoteDestinationCount + delta), cancellation) == 1;

    /// <summary>
    /// Makes the derived data true again after rows arrived another way (demo seeding, bulk loads, an older
    /// database): the remote destination count and every destination's partial-match key.
    /// </summary>
    public static async Task ReconcileAsync(PortalDbContext db, CancellationToken cancellation = default)
    {
        // Rows written before the caller ID columns existed have no digits yet.
        var unkeyed = await db.RemoteDestinations.Where(r => r.CallerIdDigits == "" && r.DestinationNumber != "")
            .Select(r => new { r.Id, r.DestinationNumber }).ToListAsync(cancellation);
        foreach (var row in unkeyed)
        {
            var reversed = CallerIdKeys.ReversedDigits(row.DestinationNumber);
            await db.RemoteDestinations.Where(r => r.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.CallerIdDigits, reversed), cancellation);
        }

        var count = await db.RemoteDestinations.CountAsync(cancellation);
        // Rows that arrived another way are a configuration change too: caches keyed by the sequence must see it.
        await db.ClusterGuards.Where(g => g.Id == SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RemoteDestinationCount, count).SetProperty(g => g.WriteSequence, g => g.WriteSequence + 1), cancellation);
        var digits = await db.ClusterMobilitySettings.Select(s => s.PartialMatchDigits).SingleAsync(cancellation);
        await CallerIdKeys.RekeyAsync(db, digits, cancellation);
    }
}
