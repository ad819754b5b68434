using AdminPortal.Core.Cluster;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Rules.FindingRefs;

namespace AdminPortal.Core.Rules;

/// <summary>
/// The design review's re-check of the hard rules R1-R11 over stored configuration, one method per rule. R12 needs
/// none: the database's foreign keys refuse a delete of anything in use.
/// </summary>
internal static class HardRuleReview
{
    public static IEnumerable<Finding> All(ClusterSnapshot s) =>
        [.. R1(s), .. R2(s), .. R3(s), .. R4(s), .. R5(s), .. R6(s), .. R7(s), .. R8(s), .. R9(s), .. R10(s), .. R11(s)];

    /// <summary>R1: a device pool's physical location is its site's.</summary>
    private static IEnumerable<Finding> R1(ClusterSnapshot s)
    {
        var sites = s.Sites.ToDictionary(x => x.Id);
        foreach (var pool in s.Pools.Where(p => p.SiteId is int site && sites[site].PhysicalLocationId != p.PhysicalLocationId))
        {
            var site = sites[pool.SiteId!.Value];
            yield return new Finding(DesignRules.R1,
                $"Device pool {pool.Name} is in physical location {pool.PhysicalLocationName ?? "(none)"} but its site {site.Name} is in {site.PhysicalLocationName ?? "(none)"}.",
                [Ref<DevicePool>(pool.Id, pool.Name), Ref<Site>(site.Id, site.Name)]);
        }
    }

    /// <summary>R2: the cluster cap.</summary>
    private static IEnumerable<Finding> R2(ClusterSnapshot s)
    {
        if (s.StoredDestinationCount > DesignRules.ClusterRemoteDestinationCap)
        {
            yield return new Finding(DesignRules.R2,
                $"The cluster stores {s.StoredDestinationCount:N0} remote destinations and mobility identities, more than the {DesignRules.ClusterRemoteDestinationCapText} Unified CM supports.", [SettingsRef]);
        }
    }

    /// <summary>R3: a user's remote destinations within the user's limit.</summary>
    private static IEnumerable<Finding> R3(ClusterSnapshot s)
    {
        var users = s.Users.ToDictionary(u => u.Id);
        foreach (var owner in s.Destinations.Where(d => !d.IsMobilityIdentity).GroupBy(d => d.OwnerId))
        {
            var user = users[owner.Key];
            var limit = Math.Clamp(user.RemoteDestinationLimit, DesignRules.MinRemoteDestinationLimit, DesignRules.MaxRemoteDestinationLimit);
            if (owner.Count() > limit)
            {
                yield return new Finding(DesignRules.R3,
                    $"{user.UserId} has {owner.Count()} remote destinations; the Remote Destination Limit is {limit}.",
                    [Ref<EndUser>(user.Id, user.UserId), .. owner.Select(DestinationRef)]);
            }
        }
    }

    /// <summary>R4: unique numbers.</summary>
    private static IEnumerable<Finding> R4(ClusterSnapshot s) =>
        s.Destinations.GroupBy(d => d.DestinationNumber).Where(g => g.Count() > 1)
            .Select(same => new Finding(DesignRules.R4, $"{same.Key} is stored {same.Count()} times.", [.. same.Select(DestinationRef)]));

    /// <summary>R5: unique last N digits under Partial Match.</summary>
    private static IEnumerable<Finding> R5(ClusterSnapshot s)
    {
        if (s.Settings.MatchingCallerIdWithRemoteDestination != CallerIdMatching.PartialMatch)
        {
            yield break;
        }

        var n = s.Settings.PartialMatchDigits;
        foreach (var same in s.Destinations.GroupBy(d => CallerIdKeys.KeyOfReversed(d.CallerIdDigits, n)).Where(g => g.Count() > 1))
        {
            yield return new Finding(DesignRules.R5,
                $"{string.Join(" and ", same.Select(d => d.DestinationNumber))} end in the same {n} digits ({CallerIdKeys.LastDigits(same.First().DestinationNumber, n)}); Partial Match cannot tell them apart.",
                [.. same.Select(DestinationRef), SettingsRef]);
        }
    }

    /// <summary>R6: not an internal directory number.</summary>
    private static IEnumerable<Finding> R6(ClusterSnapshot s) =>
        s.DirectoryNumberClashes.Select(clash => new Finding(DesignRules.R6, $"{clash.Number} is both a remote destination and a directory number of this cluster.",
            [Ref<RemoteDestination>(clash.DestinationId, clash.DestinationName), Ref<DirectoryNumber>(clash.DirectoryNumberId, clash.Number)]));

    /// <summary>R7: user ranges.</summary>
    private static IEnumerable<Finding> R7(ClusterSnapshot s) =>
        s.Users.Where(u => u.MaxDeskPickupWaitTime is < 0 or > DesignRules.MaxDeskPickupWaitTimeMs
                || u.RemoteDestinationLimit is < DesignRules.MinRemoteDestinationLimit or > DesignRules.MaxRemoteDestinationLimit)
            .Select(user => new Finding(DesignRules.R7,
                $"{user.UserId}: Maximum Wait Time for Desk Pickup {user.MaxDeskPickupWaitTime} ms, Remote Destination Limit {user.RemoteDestinationLimit}.",
                [Ref<EndUser>(user.Id, user.UserId)]));

    /// <summary>R8: timers non-negative, Answer Too Soon before Answer Too Late.</summary>
    private static IEnumerable<Finding> R8(ClusterSnapshot s) =>
        s.Destinations.Where(d => d.DelayBeforeRingingTimer < 0 || d.AnswerTooSoonTimer < 0 || d.AnswerTooLateTimer < 0 || d.AnswerTooSoonTimer >= d.AnswerTooLateTimer)
            .Select(d => new Finding(DesignRules.R8,
                $"{d.Name}: Delay Before Ringing {d.DelayBeforeRingingTimer} ms, Answer Too Soon {d.AnswerTooSoonTimer} ms, Answer Too Late {d.AnswerTooLateTimer} ms.",
                [DestinationRef(d)]));

    /// <summary>R9: mobility identities on dual-mode smartphones only.</summary>
    private static IEnumerable<Finding> R9(ClusterSnapshot s)
    {
        var phones = s.Phones.ToDictionary(p => p.Id);
        foreach (var d in s.Destinations.Where(d => d.DualModeDeviceId is int device && phones.TryGetValue(device, out var phone) && !DualModeSmartphones.Is(phone.DeviceType)))
        {
            var phone = phones[d.DualModeDeviceId!.Value];
            yield return new Finding(DesignRules.R9, $"Mobility identity {d.Name} belongs to {phone.Name}, a {DeviceTypes.Label(phone.DeviceType)}.",
                [DestinationRef(d), Ref<Phone>(phone.Id, phone.Name)]);
        }
    }

    /// <summary>R10: subnets well-formed, no duplicate subnet/mask.</summary>
    private static IEnumerable<Finding> R10(ClusterSnapshot s)
    {
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
    }

    /// <summary>R11: distinct feature access codes.</summary>
    private static IEnumerable<Finding> R11(ClusterSnapshot s)
    {
        var codes = new[] { s.Settings.HoldCode, s.Settings.ExclusiveHoldCode, s.Settings.ResumeCode, s.Settings.TransferCode, s.Settings.ConferenceCode, s.Settings.SessionHandoffCode };
        var repeated = codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            yield return new Finding(DesignRules.R11, $"Enterprise Feature Access codes {string.Join(", ", repeated)} are used for more than one feature.", [SettingsRef]);
        }
    }
}
