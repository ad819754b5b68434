using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Previews;

/// <summary>Reads the narrow rows a <see cref="DeviceMobilityMap"/> is built from: three queries, no entity tracking.</summary>
public static class DeviceMobilityMaps
{
    public static async Task<DeviceMobilityMap> ReadAsync(PortalDbContext db, long version, CancellationToken cancellation = default)
    {
        var clusterMode = await db.ClusterMobilitySettings.AsNoTracking().Select(s => s.DeviceMobilityMode).SingleAsync(cancellation);
        var members = (await db.DeviceMobilityInfoDevicePools.AsNoTracking()
                .Select(m => new { m.DeviceMobilityInfoId, m.DevicePoolId, m.SortOrder }).ToListAsync(cancellation))
            .ToLookup(m => m.DeviceMobilityInfoId);
        var dmis = await db.DeviceMobilityInfos.AsNoTracking()
            .Select(d => new { d.Id, d.Name, d.Subnet, d.SubnetMaskSize }).ToListAsync(cancellation);
        var pools = await db.DevicePools.AsNoTracking().Select(p => new PoolSettings(
            p.Id,
            p.Name,
            p.PhysicalLocationId,
            p.DeviceMobilityGroupId,
            p.DateTimeGroup!.Name,
            p.Region!.Name,
            p.MediaResourceGroupList!.Name,
            p.Location!.Name,
            p.NetworkLocale!.Name,
            p.SrstReference!.Name,
            p.PhysicalLocation!.Name,
            p.DeviceMobilityGroup!.Name,
            p.ConnectionMonitorDuration,
            p.LocalRouteGroup!.Name,
            p.DeviceMobilityCss!.Name,
            p.AarCss!.Name,
            p.AarGroup!.Name,
            p.CallingPartyTransformationCss!.Name)).ToListAsync(cancellation);
        return DeviceMobilityMap.Build(
            version,
            clusterMode,
            dmis.Select(d => new DmiRow(d.Id, d.Name, d.Subnet, d.SubnetMaskSize, [.. members[d.Id].OrderBy(m => m.SortOrder).Select(m => m.DevicePoolId)])),
            pools);
    }
}
