using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Cluster;

/// <summary>Where the stored configuration stands against the guide's limits.</summary>
public sealed record CapacityFigures(
    int RemoteDestinations,
    int MobilityIdentities,
    IReadOnlyList<DestinationsPerUser> Distribution,
    int Phones,
    int RemoteDestinationProfiles,
    int DualModeDevices,
    int MobilityUsers,
    double SingleNumberReachDestinationsPerMobilityUser)
{
    public int Destinations => RemoteDestinations + MobilityIdentities;

    /// <summary>Unified CM counts remote destination profiles as device configurations beside the phones.</summary>
    public int Devices => Phones + RemoteDestinationProfiles;

    public static double Share(int used, int limit) => limit == 0 ? 0 : (double)used / limit;

    public static async Task<CapacityFigures> ReadAsync(PortalDbContext db, CancellationToken cancellation = default)
    {
        var perOwner = await db.RemoteDestinations.GroupBy(r => r.OwnerId)
            .Select(g => new { Owner = g.Key, Count = g.Count(), Snr = g.Count(r => r.EnableSingleNumberReach) })
            .ToListAsync(cancellation);
        var mobilityUsers = await db.EndUsers.Where(u => u.EnableMobility).Select(u => u.Id).ToListAsync(cancellation);
        var counts = perOwner.ToDictionary(o => o.Owner);
        var withNone = mobilityUsers.Count(id => !counts.ContainsKey(id));
        var distribution = perOwner.GroupBy(o => o.Count).Select(g => new DestinationsPerUser(g.Key, g.Count()))
            .Concat(withNone > 0 ? [new DestinationsPerUser(0, withNone)] : [])
            .OrderBy(d => d.Destinations).ToList();
        var snrOfMobilityUsers = mobilityUsers.Sum(id => counts.TryGetValue(id, out var o) ? o.Snr : 0);

        return new CapacityFigures(
            RemoteDestinations: await db.RemoteDestinations.CountAsync(r => r.DualModeDeviceId == null, cancellation),
            MobilityIdentities: await db.RemoteDestinations.CountAsync(r => r.DualModeDeviceId != null, cancellation),
            Distribution: distribution,
            Phones: await db.Phones.CountAsync(cancellation),
            RemoteDestinationProfiles: await db.RemoteDestinationProfiles.CountAsync(cancellation),
            DualModeDevices: await db.Phones.CountAsync(DualModeSmartphones.Phone, cancellation),
            MobilityUsers: mobilityUsers.Count,
            SingleNumberReachDestinationsPerMobilityUser: mobilityUsers.Count == 0 ? 0 : (double)snrOfMobilityUsers / mobilityUsers.Count);
    }
}
