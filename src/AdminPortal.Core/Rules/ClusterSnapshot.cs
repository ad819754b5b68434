using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Rules;

/// <summary>
/// The slice of the stored configuration the design review reads, as narrow rows (no tracking, no whole
/// entities): small tables whole, users and their destinations either whole or for some users only.
/// </summary>
internal sealed class ClusterSnapshot
{
    public required ClusterMobilitySettings Settings { get; init; }
    public required IReadOnlyList<SiteRow> Sites { get; init; }
    public required IReadOnlyList<PoolRow> Pools { get; init; }
    public required IReadOnlyList<DmiRow> Dmis { get; init; }
    public required IReadOnlyList<UserRow> Users { get; init; }
    public required IReadOnlyList<DestinationRow> Destinations { get; init; }
    public required IReadOnlyList<PhoneRow> Phones { get; init; }
    public required IReadOnlyList<ProfileRow> Profiles { get; init; }
    public required IReadOnlyList<NumberClash> DirectoryNumberClashes { get; init; }
    public required bool DeviceMobilityInUse { get; init; }

    /// <summary>Every digit length stored destinations have, and the most common one (W6); read only under Partial Match.</summary>
    public required IReadOnlySet<int> DestinationLengths { get; init; }

    public required int CommonDestinationLength { get; init; }

    /// <summary>Remote destinations + mobility identities actually stored (R2 re-check); null for a partial slice.</summary>
    public required int? StoredDestinationCount { get; init; }

    /// <summary>True when users, destinations and phones were read whole, so cluster-wide checks can run.</summary>
    public bool IsWhole => StoredDestinationCount is not null;

    public sealed record SiteRow(int Id, string Name, string? PstnAccessCode, int? PhysicalLocationId, string? PhysicalLocationName);

    public sealed record PoolRow(int Id, string Name, int? SiteId, int? PhysicalLocationId, string? PhysicalLocationName,
        int? DeviceMobilityGroupId, string? DeviceMobilityGroupName, int? DeviceMobilityCssId);

    public sealed record DmiRow(int Id, string Name, string Subnet, int SubnetMaskSize, IReadOnlyList<int> PoolIds);

    public sealed record UserRow(int Id, string UserId, bool EnableMobility, int RemoteDestinationLimit, int MaxDeskPickupWaitTime);

    public sealed record DestinationRow(int Id, string Name, string DestinationNumber, int OwnerId, int? DualModeDeviceId,
        bool EnableSingleNumberReach, int DelayBeforeRingingTimer, int AnswerTooSoonTimer, int AnswerTooLateTimer,
        VoicemailPolicy SingleNumberReachVoicemailPolicy, VoicemailPolicy DialViaOfficeReverseVoicemailPolicy, int? MobilityProfileId,
        string CallerIdDigits)
    {
        public bool IsMobilityIdentity => DualModeDeviceId is not null;
    }

    public sealed record PhoneRow(int Id, string Name, DeviceType DeviceType, string? EmergencyNumbers);

    public sealed record ProfileRow(int Id, string Name, MobileClientCallingOption CallingOption);

    public sealed record NumberClash(int DestinationId, string DestinationName, string Number, int DirectoryNumberId);

    /// <summary>
    /// Reads the slice. <paramref name="owners"/> null reads every user and destination; otherwise only those
    /// users and their destinations. <paramref name="phones"/> likewise for devices (dual-mode phones and the
    /// devices of mobility identities). A slice of some users or phones leaves the device-mobility side empty
    /// (decision 010).
    /// </summary>
    public static async Task<ClusterSnapshot> LoadAsync(PortalDbContext db, int[]? owners, int[]? phones, CancellationToken cancellation)
    {
        // A slice of some users or phones (what a save of a destination, user or phone touches) needs neither the
        // device-mobility tables nor the number clashes: no finding about them names a user, destination or phone.
        var peopleOnly = owners is { Length: > 0 } || phones is { Length: > 0 };
        var settings = await db.ClusterMobilitySettings.AsNoTracking().SingleAsync(cancellation);
        List<SiteRow> sites = [];
        List<PoolRow> pools = [];
        List<DmiRow> dmis = [];
        if (!peopleOnly)
        {
            sites = await db.Sites.AsNoTracking()
                .Select(s => new SiteRow(s.Id, s.Name, s.PstnAccessCode, s.PhysicalLocationId, s.PhysicalLocation!.Name))
                .ToListAsync(cancellation);
            pools = await db.DevicePools.AsNoTracking()
                .Select(p => new PoolRow(p.Id, p.Name, p.SiteId, p.PhysicalLocationId, p.PhysicalLocation!.Name,
                    p.DeviceMobilityGroupId, p.DeviceMobilityGroup!.Name, p.DeviceMobilityCssId))
                .ToListAsync(cancellation);
            var dmiPools = await db.DeviceMobilityInfoDevicePools.AsNoTracking()
                .OrderBy(p => p.SortOrder).Select(p => new { p.DeviceMobilityInfoId, p.DevicePoolId }).ToListAsync(cancellation);
            dmis = (await db.DeviceMobilityInfos.AsNoTracking().Select(d => new { d.Id, d.Name, d.Subnet, d.SubnetMaskSize }).ToListAsync(cancellation))
                .Select(d => new DmiRow(d.Id, d.Name, d.Subnet, d.SubnetMaskSize,
                    [.. dmiPools.Where(p => p.DeviceMobilityInfoId == d.Id).Select(p => p.DevicePoolId)]))
                .ToList();
        }

        var users = db.EndUsers.AsNoTracking();
        var destinations = db.RemoteDestinations.AsNoTracking();
        var phoneRows = db.Phones.AsNoTracking()
            .Where(DualModeSmartphones.Phone.OrElse(p => db.RemoteDestinations.Any(r => r.DualModeDeviceId == p.Id)));
        if (owners is not null)
        {
            users = users.Where(u => owners.Contains(u.Id));
            destinations = destinations.Where(r => owners.Contains(r.OwnerId));
        }

        if (phones is not null)
        {
            phoneRows = phoneRows.Where(p => phones.Contains(p.Id));
        }

        var destinationRows = owners is [] ? [] : await destinations
            .Select(r => new DestinationRow(r.Id, r.Name, r.DestinationNumber, r.OwnerId, r.DualModeDeviceId, r.EnableSingleNumberReach,
                r.DelayBeforeRingingTimer, r.AnswerTooSoonTimer, r.AnswerTooLateTimer, r.SingleNumberReachVoicemailPolicy,
                r.DialViaOfficeReverseVoicemailPolicy, r.MobilityProfileId, r.CallerIdDigits))
            .ToListAsync(cancellation);
        // The clashes are R6's re-check, which only the whole review runs.
        var clashes = owners is not null ? [] : await destinations
            .Join(db.DirectoryNumbers, r => r.DestinationNumber, d => d.Pattern, (r, d) => new NumberClash(r.Id, r.Name, r.DestinationNumber, d.Id))
            .ToListAsync(cancellation);

        // Lengths over every stored destination: from the rows when they are all here, else one GROUP BY (Partial Match only).
        var lengthCounts = owners is null
            ? destinationRows.GroupBy(r => r.CallerIdDigits.Length).Select(g => new { Length = g.Key, Count = g.Count() }).ToList()
            : settings.MatchingCallerIdWithRemoteDestination != CallerIdMatching.PartialMatch ? []
            : await db.RemoteDestinations.GroupBy(r => r.CallerIdDigits.Length).Select(g => new { Length = g.Key, Count = g.Count() }).ToListAsync(cancellation);

        return new ClusterSnapshot
        {
            Settings = settings,
            Sites = sites,
            Pools = pools,
            Dmis = dmis,
            Users = owners is [] ? [] : await users.Select(u => new UserRow(u.Id, u.UserId, u.EnableMobility, u.RemoteDestinationLimit, u.MaxDeskPickupWaitTime)).ToListAsync(cancellation),
            Destinations = destinationRows,
            Phones = phones is [] ? [] : await phoneRows.Select(p => new PhoneRow(p.Id, p.Name, p.DeviceType, p.EmergencyNumbers)).ToListAsync(cancellation),
            Profiles = await db.MobilityProfiles.AsNoTracking().Select(m => new ProfileRow(m.Id, m.Name, m.MobileClientCallingOption)).ToListAsync(cancellation),
            DirectoryNumberClashes = clashes,
            DeviceMobilityInUse = !peopleOnly
                && (settings.DeviceMobilityOn || await db.Phones.AnyAsync(p => p.DeviceMobilityMode == DeviceMobilityMode.On, cancellation)),
            DestinationLengths = lengthCounts.Select(l => l.Length).ToHashSet(),
            CommonDestinationLength = lengthCounts.OrderByDescending(l => l.Count).ThenBy(l => l.Length).Select(l => l.Length).FirstOrDefault(),
            StoredDestinationCount = owners is null && phones is null ? destinationRows.Count : null,
        };
    }
}
