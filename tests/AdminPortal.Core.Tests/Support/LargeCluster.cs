using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Support;

/// <summary>
/// A cluster with many remote destinations, written in bulk (not through the store, which would take minutes for
/// 40,000): users with a profile each and up to <see cref="PerUser"/> destinations, numbers +1 408 5xx xxxx, then
/// the derived data reconciled as the portal does at start. Shared by the concurrency tests and the benchmarks.
/// </summary>
public static class LargeCluster
{
    public const int PerUser = 10;

    /// <summary>The number of the i-th bulk destination: their last 5 digits already differ.</summary>
    public static string Number(int i) => $"+1408{5_000_000 + i:D7}";

    /// <summary>Adds <paramref name="destinations"/> remote destinations (owners limited to 10 each) and returns the pool used.</summary>
    public static async Task<int> SeedAsync(IDbContextFactory<PortalDbContext> contexts, int destinations, string prefix = "bulk")
    {
        int poolId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var pool = new DevicePool
            {
                Name = $"{prefix}_DP",
                UnifiedCmGroup = new UnifiedCmGroup { Name = $"{prefix}_cm" },
                DateTimeGroup = new DateTimeGroup { Name = $"{prefix}_dt" },
                Region = new Region { Name = $"{prefix}_region" },
                SrstReference = new SrstReference { Name = $"{prefix}_srst" },
            };
            db.DevicePools.Add(pool);
            await db.SaveChangesAsync();
            poolId = pool.Id;
        }

        const int batch = 2_000;
        for (var start = 0; start < destinations; start += batch)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var end = Math.Min(destinations, start + batch);
            for (var first = start; first < end; first += PerUser)
            {
                var user = new EndUser
                {
                    UserId = $"{prefix}{first / PerUser:D5}",
                    LastName = "Bulk",
                    EnableMobility = true,
                    RemoteDestinationLimit = PerUser,
                };
                var profile = new RemoteDestinationProfile { Name = $"{prefix.ToUpperInvariant()}{first / PerUser:D5}_RDP", User = user, DevicePoolId = poolId };
                db.EndUsers.Add(user);
                db.RemoteDestinationProfiles.Add(profile);
                for (var i = first; i < Math.Min(end, first + PerUser); i++)
                {
                    db.RemoteDestinations.Add(new RemoteDestination
                    {
                        Name = $"{prefix} {i}",
                        DestinationNumber = Number(i),
                        Owner = user,
                        RemoteDestinationProfile = profile,
                        RingSchedule = new RingSchedule { AllTheTime = true },
                    });
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        await using (var db = await contexts.CreateDbContextAsync())
        {
            await ClusterGuard.ReconcileAsync(db);
        }

        return poolId;
    }
}
