using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Components.Pages.Admin;

/// <summary>How many of each object the configuration holds: the overview page's figures.</summary>
public sealed class ConfigurationOverview(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<ObjectCount>> CountAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return
        [
            new("Device Mobility", "Sites", await db.Sites.CountAsync(cancellation), "/ccmadmin/sites"),
            new("Device Mobility", "Physical Locations", await db.PhysicalLocations.CountAsync(cancellation), "/ccmadmin/physical-locations"),
            new("Device Mobility", "Device Mobility Groups", await db.DeviceMobilityGroups.CountAsync(cancellation), "/ccmadmin/device-mobility-groups"),
            new("Device Mobility", "Device Pools", await db.DevicePools.CountAsync(cancellation), "/ccmadmin/device-pools"),
            new("Device Mobility", "Device Mobility Infos", await db.DeviceMobilityInfos.CountAsync(cancellation), "/ccmadmin/device-mobility-info"),
            new("Unified Mobility", "End Users", await db.EndUsers.CountAsync(cancellation), "/ccmadmin/end-users"),
            new("Unified Mobility", "Mobility-enabled Users", await db.EndUsers.CountAsync(u => u.EnableMobility, cancellation), null),
            new("Unified Mobility", "Phones", await db.Phones.CountAsync(cancellation), "/ccmadmin/phones"),
            new("Unified Mobility", "Remote Destination Profiles", await db.RemoteDestinationProfiles.CountAsync(cancellation), "/ccmadmin/remote-destination-profiles"),
            new("Unified Mobility", "Remote Destinations", await db.RemoteDestinations.CountAsync(r => r.DualModeDeviceId == null, cancellation), "/ccmadmin/remote-destinations"),
            new("Unified Mobility", "Mobility Identities", await db.RemoteDestinations.CountAsync(r => r.DualModeDeviceId != null, cancellation), "/ccmadmin/remote-destinations"),
            new("Unified Mobility", "Mobility Profiles", await db.MobilityProfiles.CountAsync(cancellation), "/ccmadmin/mobility-profiles"),
            new("Unified Mobility", "Access Lists", await db.AccessLists.CountAsync(cancellation), "/ccmadmin/access-lists"),
        ];
    }
}
