using System.Globalization;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Rules.ClusterSnapshot;

namespace AdminPortal.Core.Rules;

/// <summary>
/// The design review: the recommendations W1-W11 and a re-check of the hard rules R1-R11 over the stored
/// configuration (data may predate a rule, or arrive by another way). R12 needs no re-check: the database's
/// foreign keys refuse a delete of anything in use. The same checks give the warnings shown after a save,
/// over the slice of the configuration the saved object touches.
/// </summary>
public sealed class DesignReview(PortalDbContext db)
{
    private static readonly ObjectRef SettingsRef = new(typeof(ClusterMobilitySettings), ClusterMobilitySettings.SingletonId, "Service Parameters (Mobility)");

    /// <summary>Every finding of the whole configuration: errors first, then by rule and object.</summary>
    public async Task<IReadOnlyList<Finding>> RunAsync(CancellationToken cancellation = default)
    {
        var snapshot = await LoadAsync(db, null, null, cancellation);
        return Order([.. HardRules(snapshot), .. Recommendations(snapshot)]);
    }

    /// <summary>The recommendations the object triggers now, read over the part of the configuration it touches.</summary>
    public async Task<IReadOnlyList<Finding>> ForObjectAsync(Type kind, int id, CancellationToken cancellation = default)
    {
        int[]? owners = [];
        int[]? phones = [];
        if (kind == typeof(RemoteDestination))
        {
            var destination = await db.RemoteDestinations.Where(r => r.Id == id).Select(r => new { r.OwnerId, r.DualModeDeviceId }).SingleOrDefaultAsync(cancellation);
            owners = destination is null ? [] : [destination.OwnerId];
            phones = destination?.DualModeDeviceId is int device ? [device] : [];
        }
        else if (kind == typeof(EndUser))
        {
            owners = [id];
        }
        else if (kind == typeof(Phone))
        {
            phones = [id];
        }
        else if (kind == typeof(ClusterMobilitySettings) || kind == typeof(MobilityProfile))
        {
            // Cluster-wide settings touch every destination: the whole review, kept to the object's findings.
            owners = null;
            phones = null;
        }

        var snapshot = await LoadAsync(db, owners, phones, cancellation);
        return Order([.. Recommendations(snapshot).Where(f => f.Concerns(kind, id))]);
    }

    private static List<Finding> Order(IEnumerable<Finding> findings) =>
        [.. findings.OrderBy(f => f.Severity).ThenBy(f => f.Rule.IsHard ? 0 : 1).ThenBy(f => int.Parse(f.Rule.Id[1..], CultureInfo.InvariantCulture))
            .ThenBy(f => f.Objects.Count > 0 ? f.Objects[0].Name : "", StringComparer.OrdinalIgnoreCase)];

    private static IEnumerable<Finding> HardRules(ClusterSnapshot s)
    {
        var sites = s.Sites.ToDictionary(x => x.Id);
        var users = s.Users.ToDictionary(u => u.Id);

        // R1: a device pool's physical location is its site's.
        foreach (var pool in s.Pools.Where(p => p.SiteId is int site && sites[site].PhysicalLocationId != p.PhysicalLocationId))
        {
            var site = sites[pool.SiteId!.Value];
            yield return new Finding(DesignRules.R1,
                $"Device pool {pool.Name} is in physical location {pool.PhysicalLocationName ?? "(none)"} but its site {site.Name} is in {site.PhysicalLocationName ?? "(none)"}.",
                [Ref<DevicePool>(pool.Id, pool.Name), Ref<Site>(site.Id, site.Name)]);
        }

        // R2: the cluster cap.
        if (s.StoredDestinationCount > DesignRules.ClusterRemoteDestinationCap)
        {
            yield return new Finding(DesignRules.R2,
                $"The cluster stores {s.StoredDestinationCount:N0} remote destinations and mobility identities, more than the {DesignRules.ClusterRemoteDestinationCapText} Unified CM supports.", [SettingsRef]);
        }

        foreach (var owner in s.Destinations.Where(d => !d.IsMobilityIdentity).GroupBy(d => d.OwnerId))
        {
            // R3: the user's limit.
            var user = users[owner.Key];
            var limit = Math.Clamp(user.RemoteDestinationLimit, DesignRules.MinRemoteDestinationLimit, DesignRules.MaxRemoteDestinationLimit);
            if (owner.Count() > limit)
            {
                yield return new Finding(DesignRules.R3,
                    $"{user.UserId} has {owner.Count()} remote destinations; the Remote Destination Limit is {limit}.",
                    [Ref<EndUser>(user.Id, user.UserId), .. owner.Select(DestinationRef)]);
            }
        }

        // R4: unique numbers.
        foreach (var same in s.Destinations.GroupBy(d => d.DestinationNumber).Where(g => g.Count() > 1))
        {
            yield return new Finding(DesignRules.R4, $"{same.Key} is stored {same.Count()} times.", [.. same.Select(DestinationRef)]);
        }

        // R5: unique last N digits under Partial Match.
        if (s.Settings.MatchingCallerIdWithRemoteDestination == CallerIdMatching.PartialMatch)
        {
            var n = s.Settings.PartialMatchDigits;
            foreach (var same in s.Destinations.GroupBy(d => CallerIdKeys.KeyOfReversed(d.CallerIdDigits, n)).Where(g => g.Count() > 1))
            {
                yield return new Finding(DesignRules.R5,
                    $"{string.Join(" and ", same.Select(d => d.DestinationNumber))} end in the same {n} digits ({CallerIdKeys.LastDigits(same.First().DestinationNumber, n)}); Partial Match cannot tell them apart.",
                    [.. same.Select(DestinationRef), SettingsRef]);
            }
        }

        // R6: not an internal directory number.
        foreach (var clash in s.DirectoryNumberClashes)
        {
            yield return new Finding(DesignRules.R6, $"{clash.Number} is both a remote destination and a directory number of this cluster.",
                [Ref<RemoteDestination>(clash.DestinationId, clash.DestinationName), Ref<DirectoryNumber>(clash.DirectoryNumberId, clash.Number)]);
        }

        // R7: user ranges.
        foreach (var user in s.Users.Where(u => u.MaxDeskPickupWaitTime is < 0 or > DesignRules.MaxDeskPickupWaitTimeMs || u.RemoteDestinationLimit is < DesignRules.MinRemoteDestinationLimit or > DesignRules.MaxRemoteDestinationLimit))
        {
            yield return new Finding(DesignRules.R7,
                $"{user.UserId}: Maximum Wait Time for Desk Pickup {user.MaxDeskPickupWaitTime} ms, Remote Destination Limit {user.RemoteDestinationLimit}.",
                [Ref<EndUser>(user.Id, user.UserId)]);
        }

        // R8: timers.
        foreach (var d in s.Destinations.Where(d => d.DelayBeforeRingingTimer < 0 || d.AnswerTooSoonTimer < 0 || d.AnswerTooLateTimer < 0 || d.AnswerTooSoonTimer >= d.AnswerTooLateTimer))
        {
            yield return new Finding(DesignRules.R8,
                $"{d.Name}: Delay Before Ringing {d.DelayBeforeRingingTimer} ms, Answer Too Soon {d.AnswerTooSoonTimer} ms, Answer Too Late {d.AnswerTooLateTimer} ms.",
                [DestinationRef(d)]);
        }

        // R9: mobility identities on dual-mode smartphones only.
        var phones = s.Phones.ToDictionary(p => p.Id);
        foreach (var d in s.Destinations.Where(d => d.DualModeDeviceId is int device && phones.TryGetValue(device, out var phone) && !DualModeSmartphones.Is(phone.DeviceType)))
        {
            var phone = phones[d.DualModeDeviceId!.Value];
            yield return new Finding(DesignRules.R9, $"Mobility identity {d.Name} belongs to {phone.Name}, a {DeviceTypes.Label(phone.DeviceType)}.",
                [DestinationRef(d), Ref<Phone>(phone.Id, phone.Name)]);
        }

        // R10: subnets.
        foreach (var dmi in s.Dmis)
        {
            if (DmiSubnets.Problem(dmi.Subnet, dmi.SubnetMaskSize) is string problem)
            {
                yield return new Finding(DesignRules.R10, $"{dmi.Name}: {dmi.Subnet}/{dmi.SubnetMaskSize} {problem}.", [Ref<DeviceMobilityInfo>(dmi.Id, dmi.Name)]);
            }
        }

        foreach (var same in s.Dmis.GroupBy(d => (d.Subnet, d.SubnetMaskSize)).Where(g => g.Count() > 1))
        {
            yield return new Finding(DesignRules.R10, $"{same.Key.Subnet}/{same.Key.SubnetMaskSize} is in {same.Count()} Device Mobility Infos.",
                [.. same.Select(d => Ref<DeviceMobilityInfo>(d.Id, d.Name))]);
        }

        // R11: distinct feature access codes.
        var codes = new[] { s.Settings.HoldCode, s.Settings.ExclusiveHoldCode, s.Settings.ResumeCode, s.Settings.TransferCode, s.Settings.ConferenceCode, s.Settings.SessionHandoffCode };
        var repeated = codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            yield return new Finding(DesignRules.R11, $"Enterprise Feature Access codes {string.Join(", ", repeated)} are used for more than one feature.", [SettingsRef]);
        }
    }

    private static IEnumerable<Finding> Recommendations(ClusterSnapshot s)
    {
        var settings = s.Settings;
        var users = s.Users.ToDictionary(u => u.Id);
        var sites = s.Sites.ToDictionary(x => x.Id);

        // W1: one PSTN access code per device mobility group.
        foreach (var group in s.Pools.Where(p => p.DeviceMobilityGroupId is not null && p.SiteId is not null).GroupBy(p => (p.DeviceMobilityGroupId!.Value, p.DeviceMobilityGroupName)))
        {
            var groupSites = group.Select(p => sites[p.SiteId!.Value]).DistinctBy(x => x.Id).OrderBy(x => x.Name, StringComparer.OrdinalIgnoreCase).ToList();
            if (groupSites.Select(x => x.PstnAccessCode ?? "").Distinct().Count() > 1)
            {
                yield return new Finding(DesignRules.W1,
                    $"Device mobility group {group.Key.DeviceMobilityGroupName} has sites with different PSTN access codes: {string.Join(", ", groupSites.Select(x => $"{x.Name} ({x.PstnAccessCode ?? "none"})"))}. Roaming users would dial differently at each site.",
                    [Ref<DeviceMobilityGroup>(group.Key.Value, group.Key.DeviceMobilityGroupName!), .. groupSites.Select(x => Ref<Site>(x.Id, x.Name))]);
            }
        }

        // W2: a catch-all DMI sends roaming devices to a pool that cannot even call 911.
        var pools = s.Pools.ToDictionary(p => p.Id);
        foreach (var dmi in s.Dmis.Where(IsCatchAll))
        {
            foreach (var pool in dmi.PoolIds.Select(id => pools[id]).Where(p => p.DeviceMobilityCssId is null))
            {
                yield return new Finding(DesignRules.W2,
                    $"Catch-all {dmi.Name} ({dmi.Subnet}/{dmi.SubnetMaskSize}) uses device pool {pool.Name}, which has no Device Mobility Calling Search Space: roaming devices there cannot call anyone, 911 included. Give the pool an emergency-only CSS.",
                    [Ref<DeviceMobilityInfo>(dmi.Id, dmi.Name), Ref<DevicePool>(pool.Id, pool.Name)]);
            }
        }

        var forwardNoAnswer = settings.ForwardNoAnswerTimerSeconds * 1000;
        var partial = settings.MatchingCallerIdWithRemoteDestination == CallerIdMatching.PartialMatch;
        var profiles = s.Profiles.ToDictionary(p => p.Id);
        foreach (var d in s.Destinations)
        {
            // W3: the desk phone must not forward to voicemail before the remote destination can be answered.
            if (d.EnableSingleNumberReach && forwardNoAnswer <= d.DelayBeforeRingingTimer + d.AnswerTooSoonTimer)
            {
                yield return new Finding(DesignRules.W3,
                    $"{d.Name}: the Forward No Answer Timer ({settings.ForwardNoAnswerTimerSeconds} s) ends before this destination can be answered (Delay Before Ringing {Seconds(d.DelayBeforeRingingTimer)} + Answer Too Soon {Seconds(d.AnswerTooSoonTimer)}): callers reach enterprise voicemail first.",
                    [DestinationRef(d), SettingsRef]);
            }

            // W5: +E.164.
            if (!d.DestinationNumber.StartsWith('+'))
            {
                yield return new Finding(DesignRules.W5,
                    $"{d.Name} ({d.DestinationNumber}) is not in +E.164: the caller ID from the PSTN, globalized to +E.164, may not match it.",
                    [DestinationRef(d)]);
            }

            // W6: Partial Match over numbers of different lengths.
            if (partial && d.CallerIdDigits.Length != s.CommonDestinationLength)
            {
                yield return new Finding(DesignRules.W6,
                    $"{d.Name} ({d.DestinationNumber}) has {d.CallerIdDigits.Length} digits while other destinations have {string.Join(" or ", s.DestinationLengths.Where(l => l != d.CallerIdDigits.Length).Order())}: with Partial Match on {settings.PartialMatchDigits} digits a caller ID may not match one destination uniquely.",
                    [DestinationRef(d), SettingsRef]);
            }

            // W8: User Control relies on out-of-band DTMF; Dial via Office Reverse works best with it.
            if (d.EnableSingleNumberReach && settings.EffectivePolicy(d.SingleNumberReachVoicemailPolicy) == VoicemailPolicy.UserControl)
            {
                yield return new Finding(DesignRules.W8,
                    $"{d.Name} uses User Control voicemail avoidance: make sure DTMF is relayed out-of-band from the PSTN to Unified CM, or every call to it will be dropped.",
                    [DestinationRef(d)]);
            }

            if (d.MobilityProfileId is int profileId && profiles.TryGetValue(profileId, out var profile)
                && profile.CallingOption == MobileClientCallingOption.DialViaOfficeReverse
                && settings.EffectivePolicy(d.DialViaOfficeReverseVoicemailPolicy) == VoicemailPolicy.TimerControl)
            {
                yield return new Finding(DesignRules.W8,
                    $"{d.Name} places Dial via Office Reverse calls (mobility profile {profile.Name}) with Timer Control: User Control keeps callers out of the user's mobile voicemail.",
                    [DestinationRef(d), Ref<MobilityProfile>(profile.Id, profile.Name)]);
            }

            // W11: Single Number Reach with mobility off never rings.
            if (d.EnableSingleNumberReach && users.TryGetValue(d.OwnerId, out var owner) && !owner.EnableMobility)
            {
                yield return new Finding(DesignRules.W11,
                    $"{d.Name} has Single Number Reach on, but its owner {owner.UserId} has Enable Mobility off: it will never ring.",
                    [DestinationRef(d), Ref<EndUser>(owner.Id, owner.UserId)]);
            }
        }

        // W4: Intelligent Session Control with steering digits wants Partial Match.
        var steering = s.Sites.Where(x => !string.IsNullOrEmpty(x.PstnAccessCode)).ToList();
        if (settings.RerouteRemoteDestinationCallsToEnterpriseNumber && !partial && steering.Count > 0)
        {
            yield return new Finding(DesignRules.W4,
                $"Intelligent Session Control is on with Complete Match while sites dial a PSTN access code ({string.Join(", ", steering.Select(x => $"{x.Name}: {x.PstnAccessCode}"))}): calls dialed with the steering digit will not match the remote destinations. Use Partial Match.",
                [SettingsRef, .. steering.Select(x => Ref<Site>(x.Id, x.Name))]);
        }

        // W7: one remote destination per user.
        foreach (var owner in s.Destinations.Where(d => d.EnableSingleNumberReach).GroupBy(d => d.OwnerId).Where(g => g.Count() > 1))
        {
            var user = users[owner.Key];
            yield return new Finding(DesignRules.W7,
                $"{user.UserId} has {owner.Count()} destinations with Single Number Reach: each inbound call takes {owner.Count()} PSTN DS0s while they ring (up to 10 s even unanswered).",
                [Ref<EndUser>(user.Id, user.UserId), .. owner.Select(DestinationRef)]);
        }

        // W9: emergency numbers on dual-mode devices.
        foreach (var phone in s.Phones.Where(p => DualModeSmartphones.Is(p.DeviceType) && string.IsNullOrWhiteSpace(p.EmergencyNumbers)))
        {
            yield return new Finding(DesignRules.W9,
                $"{phone.Name} ({DeviceTypes.Label(phone.DeviceType)}) lists no Emergency Numbers: emergency calls may go over the WLAN, whose location is less reliable than the mobile network's.",
                [Ref<Phone>(phone.Id, phone.Name)]);
        }

        // W10: VPN / Expressway subnets have a DMI.
        if (s.DeviceMobilityInUse)
        {
            var declared = settings.RemoteAccessSubnetList;
            if (declared.Count == 0)
            {
                yield return new Finding(DesignRules.W10,
                    "Device mobility is in use but no VPN concentrator or Expressway-C subnets are declared in the mobility service parameters: if users connect through VPN or Expressway, declare those subnets so that the review can check they have a Device Mobility Info.",
                    [SettingsRef]);
            }

            foreach (var subnet in declared.Where(subnet => !s.Dmis.Any(d => IpSubnet.TryParseAddress(d.Subnet, out var address) && new IpSubnet(address, d.SubnetMaskSize).Covers(subnet))))
            {
                yield return new Finding(DesignRules.W10,
                    $"No Device Mobility Info covers the VPN / Expressway-C subnet {subnet}: devices connecting through it keep their home device pool. Add a DMI for it with the pool of the devices co-located with the concentrator.",
                    [SettingsRef]);
            }
        }
    }

    private static bool IsCatchAll(DmiRow dmi) =>
        IpSubnet.TryParseAddress(dmi.Subnet, out var address) && address.GetAddressBytes().All(b => b == 0);

    private static string Seconds(int milliseconds) => $"{milliseconds / 1000.0:0.0#} s";

    private static ObjectRef DestinationRef(DestinationRow d) => Ref<RemoteDestination>(d.Id, d.Name);

    private static ObjectRef Ref<T>(int id, string name) => new(typeof(T), id, name);
}
