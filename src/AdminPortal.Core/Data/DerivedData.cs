using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Data;

/// <summary>
/// What a write changes besides its own row, in the same transaction: the cluster's remote destination count
/// (R2), the partial-match keys (R5), and a site's device pools following its physical location (R1). Called by
/// the store after validation, under the cluster write lock.
/// </summary>
internal static class DerivedData
{
    /// <summary>Before the object's row is written. Returns the error that refuses the write, if any.</summary>
    public static async Task<FieldError?> BeforeSaveAsync(PortalDbContext db, Entity entity, bool isNew, CancellationToken cancellation)
    {
        switch (entity)
        {
            case RemoteDestination destination:
                var digits = await db.ClusterMobilitySettings.Select(s => s.PartialMatchDigits).SingleAsync(cancellation);
                destination.PartialMatchKey = CallerIdKeys.PartialMatchKey(destination.DestinationNumber, digits);
                if (isNew && !await ClusterGuard.AddRemoteDestinationsAsync(db, 1, cancellation))
                {
                    return new FieldError(nameof(RemoteDestination.DestinationNumber),
                        DesignRules.R2.Say(DesignRules.ClusterFullMessage),
                        DesignRules.R2.Id);
                }

                break;
            case Site site when !isNew:
                // R1: a site has one physical location, so its device pools move with it (SRND L484, L415).
                await db.DevicePools.Where(p => p.SiteId == site.Id && p.PhysicalLocationId != site.PhysicalLocationId)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.PhysicalLocationId, site.PhysicalLocationId), cancellation);
                break;
            case ClusterMobilitySettings settings:
                var stored = await db.ClusterMobilitySettings.AsNoTracking().Select(s => s.PartialMatchDigits).SingleAsync(cancellation);
                if (stored != settings.PartialMatchDigits)
                {
                    await CallerIdKeys.RekeyAsync(db, settings.PartialMatchDigits, cancellation);
                }

                break;
        }

        return null;
    }

    /// <summary>After rows of <typeparamref name="T"/> were deleted.</summary>
    public static async Task AfterDeleteAsync<T>(PortalDbContext db, int deleted, CancellationToken cancellation)
    {
        if (typeof(T) == typeof(RemoteDestination) && deleted > 0)
        {
            await ClusterGuard.AddRemoteDestinationsAsync(db, -deleted, cancellation);
        }
    }
}
