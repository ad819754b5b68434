using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Previews;

/// <summary>
/// The device mobility preview and the subnet map over the stored configuration. Register it as a singleton: it
/// keeps the <see cref="DeviceMobilityMap"/> of the last configuration version it saw and rebuilds it only when
/// <see cref="ClusterGuard.WriteSequence"/> (incremented by every configuration write, inside the write's
/// transaction) has moved. Each request costs one read of that counter, plus the phone's row.
/// </summary>
public sealed class DeviceMobilityPreviewService(IDbContextFactory<PortalDbContext> contexts)
{
    private DeviceMobilityMap? _map;

    /// <summary><c>?phone=NAME&amp;ip=ADDR</c>: the phone's home pool and Device Mobility Mode.</summary>
    public async Task<PreviewResult<DeviceMobilityPreview>> ForPhoneAsync(string? phone, string? ip, CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return PreviewResult.Invalid<DeviceMobilityPreview>("phone", "Enter a phone name (e.g. SEP001122334455).");
        }

        if (!TryAddress(ip, out var address, out var invalid))
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var name = phone.Trim();
        var device = await db.Phones.AsNoTracking().Where(p => p.Name == name)
            .Select(p => new { p.DevicePoolId, p.DeviceMobilityMode }).SingleOrDefaultAsync(cancellation);
        if (device is null)
        {
            return PreviewResult.Missing<DeviceMobilityPreview>("phone", $"There is no phone named {name}.");
        }

        var map = await MapAsync(db, cancellation);
        var home = map.Pool(device.DevicePoolId)!;
        return PreviewResult.Of<DeviceMobilityPreview>(DeviceMobilityAssignment.Preview(map, home, device.DeviceMobilityMode, address));
    }

    /// <summary><c>?devicePool=NAME&amp;mode=On|Off|Default&amp;ip=ADDR</c>: a home pool and a mode, no phone needed.</summary>
    public async Task<PreviewResult<DeviceMobilityPreview>> ForPoolAsync(string? devicePool, DeviceMobilityMode mode, string? ip, CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(devicePool))
        {
            return PreviewResult.Invalid<DeviceMobilityPreview>("devicePool", "Enter a device pool name.");
        }

        if (!Enum.IsDefined(mode))
        {
            return PreviewResult.Invalid<DeviceMobilityPreview>("mode", "Device Mobility Mode is On, Off or Default.");
        }

        if (!TryAddress(ip, out var address, out var invalid))
        {
            return invalid;
        }

        var map = await MapAsync(cancellation);
        var home = map.PoolNamed(devicePool.Trim());
        return home is null
            ? PreviewResult.Missing<DeviceMobilityPreview>("devicePool", $"There is no device pool named {devicePool.Trim()}.")
            : PreviewResult.Of<DeviceMobilityPreview>(DeviceMobilityAssignment.Preview(map, home, mode, address));
    }

    /// <summary>The Device Mobility Infos as a tree of nested prefixes, with the shadowed ones flagged.</summary>
    public async Task<IReadOnlyList<SubnetMapNode>> SubnetMapAsync(CancellationToken cancellation = default) =>
        (await MapAsync(cancellation)).SubnetMap();

    /// <summary>Every device pool's name, for the preview's choice of a home pool.</summary>
    public async Task<IReadOnlyList<string>> PoolNamesAsync(CancellationToken cancellation = default) =>
        (await MapAsync(cancellation)).PoolNames;

    /// <summary>The map of the current configuration version: the cached one, or a new one when a write happened since.</summary>
    public async Task<DeviceMobilityMap> MapAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await MapAsync(db, cancellation);
    }

    private async Task<DeviceMobilityMap> MapAsync(PortalDbContext db, CancellationToken cancellation)
    {
        // The version is read before the rows, so a map is never older than the version it is filed under; a write
        // committed in between only makes it newer, and the next request rebuilds it anyway.
        // Not an EF compiled query: those are bound to one model, and one process may serve SQLite and PostgreSQL.
        var version = await ClusterGuard.VersionAsync(db, cancellation);
        var cached = Volatile.Read(ref _map);
        if (cached?.Version == version)
        {
            return cached;
        }

        var built = await DeviceMobilityMaps.ReadAsync(db, version, cancellation);
        // Two requests may build the same version at once (harmless); an older build never replaces a newer one.
        while (true)
        {
            var current = Volatile.Read(ref _map);
            if (current is not null && current.Version >= built.Version)
            {
                return current.Version == built.Version ? current : built;
            }

            if (Interlocked.CompareExchange(ref _map, built, current) == current)
            {
                return built;
            }
        }
    }

    private static bool TryAddress(string? ip, out System.Net.IPAddress address, out PreviewResult<DeviceMobilityPreview> invalid)
    {
        invalid = null!;
        if (IpSubnet.TryParseAddress(ip?.Trim(), out address))
        {
            return true;
        }

        invalid = PreviewResult.Invalid<DeviceMobilityPreview>("ip", "Enter an IPv4 address (four decimal octets, e.g. 10.10.1.20) or an IPv6 address (e.g. 2001:db8:30::20).");
        return false;
    }
}
