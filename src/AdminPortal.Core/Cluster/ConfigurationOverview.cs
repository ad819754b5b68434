using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Cluster;

/// <summary>Counts the objects of the configuration, for the overview page.</summary>
public sealed class ConfigurationOverview(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<ConfigurationCounts> CountAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return new(
            Sites: await db.Sites.CountAsync(cancellation),
            PhysicalLocations: await db.PhysicalLocations.CountAsync(cancellation),
            DeviceMobilityGroups: await db.DeviceMobilityGroups.CountAsync(cancellation),
            DevicePools: await db.DevicePools.CountAsync(cancellation),
            DeviceMobilityInfos: await db.DeviceMobilityInfos.CountAsync(cancellation),
            EndUsers: await db.EndUsers.CountAsync(cancellation),
            MobilityEnabledUsers: await db.EndUsers.CountAsync(u => u.EnableMobility, cancellation),
            Phones: await db.Phones.CountAsync(cancellation),
            RemoteDestinationProfiles: await db.RemoteDestinationProfiles.CountAsync(cancellation),
            RemoteDestinations: await db.RemoteDestinations.CountAsync(r => r.DualModeDeviceId == null, cancellation),
            MobilityIdentities: await db.RemoteDestinations.CountAsync(r => r.DualModeDeviceId != null, cancellation),
            MobilityProfiles: await db.MobilityProfiles.CountAsync(cancellation),
            AccessLists: await db.AccessLists.CountAsync(cancellation));
    }
}
