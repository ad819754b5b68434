using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Rules.FindingRefs;

namespace AdminPortal.Core.Rules;

/// <summary>The design review's recommendations W1-W11 over a slice of the stored configuration, one method per rule.</summary>
internal static class RecommendationReview
{
    public static IEnumerable<Finding> All(ClusterSnapshot s) =>
        [.. W1(s), .. W2(s), .. W3(s), .. W4(s), .. W5(s), .. W6(s), .. W7(s), .. W8(s), .. W9(s), .. W10(s), .. W11(s)];

    /// <summary>W1: one PSTN access code per device mobility group.</summary>
    private static IEnumerable<Finding> W1(ClusterSnapshot s)
    {
        var sites = s.Sites.ToDictionary(x => x.Id);
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
    }

    /// <summary>W2: a catch-all DMI sends roaming devices to a pool that cannot even call 911.</summary>
    private static IEnumerable<Finding> W2(ClusterSnapshot s)
    {
        var pools = s.Pools.ToDictionary(p => p.Id);
        foreach (var dmi in s.Dmis.Where(d => DmiSubnets.IsCatchAll(d.Subnet, d.SubnetMaskSize)))
        {
            foreach (var pool in dmi.PoolIds.Select(id => pools[id]).Where(p => p.DeviceMobilityCssId is null))
            {
                yield return new Finding(DesignRules.W2,
                    $"Catch-all {dmi.Name} ({dmi.Subnet}/{dmi.SubnetMaskSize}) uses device pool {pool.Name}, which has no Device Mobility Calling Search Space: roaming devices there cannot call anyone, 911 included. Give the pool an emergency-only CSS.",
                    [Ref<DeviceMobilityInfo>(dmi.Id, dmi.Name), Ref<DevicePool>(pool.Id, pool.Name)]);
            }
        }
    }

    /// <summary>W3: the desk phone must not forward to voicemail before the remote destination can be answered.</summary>
    private static IEnumerable<Finding> W3(ClusterSnapshot s)
    {
        var settings = s.Settings;
        var forwardNoAnswer = settings.ForwardNoAnswerTimerSeconds * 1000;
        return s.Destinations.Where(d => d.EnableSingleNumberReach && forwardNoAnswer <= d.DelayBeforeRingingTimer + d.AnswerTooSoonTimer)
            .Select(d => new Finding(DesignRules.W3,
                $"{d.Name}: the Forward No Answer Timer ({settings.ForwardNoAnswerTimerSeconds} s) ends before this destination can be answered (Delay Before Ringing {Seconds(d.DelayBeforeRingingTimer)} + Answer Too Soon {Seconds(d.AnswerTooSoonTimer)}): callers reach enterprise voicemail first.",
                [DestinationRef(d), SettingsRef]));
    }

    /// <summary>W4: Intelligent Session Control with steering digits wants Partial Match.</summary>
    private static IEnumerable<Finding> W4(ClusterSnapshot s)
    {
        var steering = s.Sites.Where(x => !string.IsNullOrEmpty(x.PstnAccessCode)).ToList();
        if (s.Settings.RerouteRemoteDestinationCallsToEnterpriseNumber && !IsPartialMatch(s) && steering.Count > 0)
        {
            yield return new Finding(DesignRules.W4,
                $"Intelligent Session Control is on with Complete Match while sites dial a PSTN access code ({string.Join(", ", steering.Select(x => $"{x.Name}: {x.PstnAccessCode}"))}): calls dialed with the steering digit will not match the remote destinations. Use Partial Match.",
                [SettingsRef, .. steering.Select(x => Ref<Site>(x.Id, x.Name))]);
        }
    }

    /// <summary>W5: +E.164.</summary>
    private static IEnumerable<Finding> W5(ClusterSnapshot s) =>
        s.Destinations.Where(d => !d.DestinationNumber.StartsWith('+'))
            .Select(d => new Finding(DesignRules.W5,
                $"{d.Name} ({d.DestinationNumber}) is not in +E.164: the caller ID from the PSTN, globalized to +E.164, may not match it.",
                [DestinationRef(d)]));

    /// <summary>W6: Partial Match over numbers of different lengths.</summary>
    private static IEnumerable<Finding> W6(ClusterSnapshot s) =>
        !IsPartialMatch(s) ? [] : s.Destinations.Where(d => d.CallerIdDigits.Length != s.CommonDestinationLength)
            .Select(d => new Finding(DesignRules.W6,
                $"{d.Name} ({d.DestinationNumber}) has {d.CallerIdDigits.Length} digits while other destinations have {string.Join(" or ", s.DestinationLengths.Where(l => l != d.CallerIdDigits.Length).Order())}: with Partial Match on {s.Settings.PartialMatchDigits} digits a caller ID may not match one destination uniquely.",
                [DestinationRef(d), SettingsRef]));

    /// <summary>W7: one remote destination per user.</summary>
    private static IEnumerable<Finding> W7(ClusterSnapshot s)
    {
        var users = s.Users.ToDictionary(u => u.Id);
        foreach (var owner in s.Destinations.Where(d => d.EnableSingleNumberReach).GroupBy(d => d.OwnerId).Where(g => g.Count() > 1))
        {
            var user = users[owner.Key];
            yield return new Finding(DesignRules.W7,
                $"{user.UserId} has {owner.Count()} destinations with Single Number Reach: each inbound call takes {owner.Count()} PSTN DS0s while they ring (up to 10 s even unanswered).",
                [Ref<EndUser>(user.Id, user.UserId), .. owner.Select(DestinationRef)]);
        }
    }

    /// <summary>W8: User Control relies on out-of-band DTMF; Dial via Office Reverse works best with it.</summary>
    private static IEnumerable<Finding> W8(ClusterSnapshot s)
    {
        var settings = s.Settings;
        var profiles = s.Profiles.ToDictionary(p => p.Id);
        foreach (var d in s.Destinations)
        {
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
        }
    }

    /// <summary>W9: emergency numbers on dual-mode devices.</summary>
    private static IEnumerable<Finding> W9(ClusterSnapshot s) =>
        s.Phones.Where(p => DualModeSmartphones.Is(p.DeviceType) && string.IsNullOrWhiteSpace(p.EmergencyNumbers))
            .Select(phone => new Finding(DesignRules.W9,
                $"{phone.Name} ({DeviceTypes.Label(phone.DeviceType)}) lists no Emergency Numbers: emergency calls may go over the WLAN, whose location is less reliable than the mobile network's.",
                [Ref<Phone>(phone.Id, phone.Name)]));

    /// <summary>W10: VPN / Expressway subnets have a DMI.</summary>
    private static IEnumerable<Finding> W10(ClusterSnapshot s)
    {
        if (!s.DeviceMobilityInUse)
        {
            yield break;
        }

        var declared = s.Settings.RemoteAccessSubnetList;
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

    /// <summary>W11: Single Number Reach with mobility off never rings.</summary>
    private static IEnumerable<Finding> W11(ClusterSnapshot s)
    {
        var users = s.Users.ToDictionary(u => u.Id);
        foreach (var d in s.Destinations.Where(d => d.EnableSingleNumberReach))
        {
            if (users.TryGetValue(d.OwnerId, out var owner) && !owner.EnableMobility)
            {
                yield return new Finding(DesignRules.W11,
                    $"{d.Name} has Single Number Reach on, but its owner {owner.UserId} has Enable Mobility off: it will never ring.",
                    [DestinationRef(d), Ref<EndUser>(owner.Id, owner.UserId)]);
            }
        }
    }

    private static bool IsPartialMatch(ClusterSnapshot s) => s.Settings.MatchingCallerIdWithRemoteDestination == CallerIdMatching.PartialMatch;

    private static string Seconds(int milliseconds) => $"{milliseconds / 1000.0:0.0#} s";
}
