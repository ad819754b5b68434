using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Cluster;

/// <summary>The design guide's capacity figures (reference section 4).</summary>
public static class CapacityLimits
{
    /// <summary>Remote destinations + mobility identities per cluster (SRND L1404, L2170).</summary>
    public const int RemoteDestinations = DesignRules.ClusterRemoteDestinationCap;

    /// <summary>Device configurations and registrations per cluster (SRND L2168).</summary>
    public const int Devices = 40_000;

    /// <summary>Proxy registrations of an Expressway-C/E cluster pair (SRND L2172).</summary>
    public const int ExpresswayProxyRegistrations = 10_000;

    /// <summary>Voice calls one 802.11 channel cell carries (SRND L207).</summary>
    public const int VoiceCallsPerCell = 27;

    /// <summary>720p / 1 Mbps video calls one channel cell carries (SRND L209).</summary>
    public const int VideoCallsPerCell = 8;
}

/// <summary>Users that have a given number of remote destinations + mobility identities.</summary>
public sealed record DestinationsPerUser(int Destinations, int Users);

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
            DualModeDevices: await db.Phones.CountAsync(p => p.DeviceType == DeviceType.CiscoDualModeForIPhone || p.DeviceType == DeviceType.CiscoDualModeForAndroid, cancellation),
            MobilityUsers: mobilityUsers.Count,
            SingleNumberReachDestinationsPerMobilityUser: mobilityUsers.Count == 0 ? 0 : (double)snrOfMobilityUsers / mobilityUsers.Count);
    }
}

/// <summary>WLAN channel cells for a number of concurrent calls (SRND L207-215).</summary>
public sealed record WlanPlan(int VoiceCalls, int VideoCalls, int SameAccessPointPercent)
{
    /// <summary>A call between two wireless devices on one access point is two streams in the cell (SRND L215).</summary>
    public double VoiceStreams => VoiceCalls * (1 + SameAccessPointPercent / 100.0);

    public double VideoStreams => VideoCalls * (1 + SameAccessPointPercent / 100.0);

    /// <summary>Each cell carries 27 voice or 8 video calls; a mix uses the cell in proportion.</summary>
    public int CellsNeeded => (int)Math.Ceiling(Math.Round(
        (VoiceStreams / CapacityLimits.VoiceCallsPerCell) + (VideoStreams / CapacityLimits.VideoCallsPerCell), 9));

    public IEnumerable<string> Problems()
    {
        if (VoiceCalls < 0 || VideoCalls < 0)
        {
            yield return "Calls cannot be negative.";
        }

        if (SameAccessPointPercent is < 0 or > 100)
        {
            yield return "The share of calls between two wireless devices on one access point is 0-100 %.";
        }
    }
}

/// <summary>PSTN gateway DS0s that Single Number Reach takes (SRND L905, L1439).</summary>
public sealed record SnrTrunkPlan(int ConcurrentInboundCalls, int DestinationsPerUser, bool CallersOnPstn)
{
    /// <summary>While ringing: one DS0 per remote destination rung (up to 10 s even unanswered), plus the caller's own.</summary>
    public int Ds0sPerCallRinging => DestinationsPerUser + (CallersOnPstn ? 1 : 0);

    /// <summary>Once answered at a remote destination: the outbound leg, plus the caller's leg hairpinned through the gateway.</summary>
    public int Ds0sPerCallAnswered => 1 + (CallersOnPstn ? 1 : 0);

    public int PeakDs0s => ConcurrentInboundCalls * Ds0sPerCallRinging;

    public IEnumerable<string> Problems()
    {
        if (ConcurrentInboundCalls < 0)
        {
            yield return "Calls cannot be negative.";
        }

        if (DestinationsPerUser is < 0 or > DesignRules.MaxRemoteDestinationLimit)
        {
            yield return "Remote destinations per user is 0-10 (the most a Remote Destination Limit allows).";
        }
    }
}
