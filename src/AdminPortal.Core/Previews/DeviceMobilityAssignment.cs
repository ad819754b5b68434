using System.Net;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Previews;

/// <summary>
/// Device mobility assignment (reference section 2; SRND L322-417, Figure 21-8): which pool a device at an address
/// registers with and which settings it gets. Pure: the map of one configuration version is passed in.
/// </summary>
public static class DeviceMobilityAssignment
{
    /// <param name="map">The Device Mobility Infos and pools of one configuration version.</param>
    /// <param name="home">The device's home device pool.</param>
    /// <param name="mode">The device's Device Mobility Mode.</param>
    /// <param name="address">The address it registers from.</param>
    public static DeviceMobilityPreview Preview(DeviceMobilityMap map, PoolSettings home, DeviceMobilityMode mode, IPAddress address)
    {
        var containing = map.Containing(address);
        var matched = containing.Count > 0 ? containing[0] : null;
        var candidates = matched is null ? [] : matched.PoolIds.Select(map.Pool).OfType<PoolSettings>().ToList();
        var on = mode == DeviceMobilityMode.On || (mode == DeviceMobilityMode.Default && map.ClusterMode == SystemDeviceMobilityMode.On);
        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString() : address.ToString();

        DeviceMobilityOutcome outcome;
        PoolSettings? roaming = null;
        string explanation;
        if (!on)
        {
            outcome = DeviceMobilityOutcome.MobilityOff;
            explanation = mode == DeviceMobilityMode.Off
                ? $"The device's Device Mobility Mode is Off: it keeps its home pool {home.Name} wherever it registers (SRND L404, Figure 21-8)."
                : $"The device's Device Mobility Mode is Default and the cluster's Device Mobility Mode is Off: it keeps its home pool {home.Name} wherever it registers (SRND L404, Figure 21-8).";
        }
        else if (matched is null)
        {
            outcome = DeviceMobilityOutcome.NoMatch;
            explanation = $"No Device Mobility Info subnet contains {ip}: the device keeps its home pool {home.Name} (SRND L345, Figure 21-8).";
        }
        else if (candidates.Any(p => p.Id == home.Id))
        {
            outcome = DeviceMobilityOutcome.Home;
            explanation = $"{matched.Name} ({matched.Prefix}) is the longest matching subnet and lists the home pool {home.Name}: the device is at home and nothing changes (SRND L404, Figure 21-8).";
        }
        else if (candidates.Count == 0)
        {
            // A DMI always has a pool when saved through the store; a stored row without one changes nothing.
            outcome = DeviceMobilityOutcome.NoMatch;
            explanation = $"{matched.Name} ({matched.Prefix}) contains {ip} but lists no device pool: the device keeps its home pool {home.Name}.";
        }
        else
        {
            roaming = candidates[0];
            (outcome, explanation) = Roaming(home, roaming, matched);
        }

        var roamingPool = outcome is DeviceMobilityOutcome.RoamingSameGroup or DeviceMobilityOutcome.RoamingOtherGroup ? roaming : null;
        return new DeviceMobilityPreview(
            ip,
            matched?.Name,
            [.. containing.Select(d => d.Name)],
            outcome,
            home.Name,
            roamingPool?.Name,
            [.. candidates.Select(p => p.Name)],
            Settings(home, roamingPool, outcome),
            explanation,
            Note(home, matched, candidates, outcome, on),
            mode,
            on);
    }

    private static (DeviceMobilityOutcome, string) Roaming(PoolSettings home, PoolSettings roaming, DmiRow matched)
    {
        var from = $"{matched.Name} ({matched.Prefix}) gives the pool {roaming.Name}";
        if (roaming.PhysicalLocationId is null)
        {
            return (DeviceMobilityOutcome.NotRoaming,
                $"{from}, which has no physical location: the device is not roaming and keeps the settings of its home pool {home.Name} (feature configuration guide; SRND Figure 21-8).");
        }

        if (roaming.PhysicalLocationId == home.PhysicalLocationId)
        {
            return (DeviceMobilityOutcome.NotRoaming,
                $"{from}, in the same physical location {roaming.PhysicalLocation} as the home pool {home.Name}: the device is not roaming and keeps its home settings (SRND L484, Figure 21-8).");
        }

        var moved = $"{from} at {roaming.PhysicalLocation} (home: {home.PhysicalLocation ?? "no physical location"}): the device is roaming and takes the roaming-sensitive settings of {roaming.Name} (SRND L359)";
        if (roaming.DeviceMobilityGroupId is not null && roaming.DeviceMobilityGroupId == home.DeviceMobilityGroupId)
        {
            return (DeviceMobilityOutcome.RoamingSameGroup,
                $"{moved}; both pools are in the Device Mobility Group {roaming.DeviceMobilityGroup}, so the device-mobility-related settings come from {roaming.Name} too (SRND L386).");
        }

        if (roaming.DeviceMobilityGroupId is null && home.DeviceMobilityGroupId is null)
        {
            return (DeviceMobilityOutcome.RoamingOtherGroup,
                $"{moved}; neither pool has a Device Mobility Group, and then the device-mobility-related settings come from {roaming.Name} too (feature configuration guide, Device Mobility Group scenarios).");
        }

        return (DeviceMobilityOutcome.RoamingOtherGroup,
            $"{moved}; its Device Mobility Group ({roaming.DeviceMobilityGroup ?? "none"}) is not the home pool's ({home.DeviceMobilityGroup ?? "none"}), so the device keeps its own calling search space, AAR and transformation settings (SRND L386, L483).");
    }

    /// <summary>True when the device-mobility-related settings come from the roaming pool: same group, or no group on either pool.</summary>
    private static bool MobilityRelatedFromRoaming(PoolSettings home, PoolSettings roaming) =>
        roaming.DeviceMobilityGroupId == home.DeviceMobilityGroupId;

    private static List<EffectiveSetting> Settings(PoolSettings home, PoolSettings? roaming, DeviceMobilityOutcome outcome) =>
        [.. DevicePoolSetting.All.Select(setting =>
        {
            var homeValue = setting.Read(home);
            if (setting.Kind == SettingKind.RoamingSensitive)
            {
                return roaming is null
                    ? new EffectiveSetting(setting.Name, setting.Kind, homeValue, homeValue, SettingSource.Home)
                    : new EffectiveSetting(setting.Name, setting.Kind, homeValue, setting.Read(roaming), SettingSource.RoamingPool);
            }

            return roaming is not null && MobilityRelatedFromRoaming(home, roaming)
                ? new EffectiveSetting(setting.Name, setting.Kind, homeValue, setting.Read(roaming), SettingSource.RoamingPool)
                : new EffectiveSetting(setting.Name, setting.Kind, homeValue, null, SettingSource.Device);
        })];

    private static string? Note(PoolSettings home, DmiRow? matched, List<PoolSettings> candidates, DeviceMobilityOutcome outcome, bool on)
    {
        var notes = new List<string>();
        if (matched is not null && DmiSubnets.IsCatchAll(matched.Subnet, matched.MaskSize))
        {
            notes.Add($"{matched.Name} is the catch-all ({matched.Prefix}) for addresses no other Device Mobility Info covers (SRND L417).");
        }

        if (on && candidates.Count > 1 && outcome != DeviceMobilityOutcome.Home)
        {
            notes.Add($"{matched!.Name} lists {candidates.Count} pools ({string.Join(", ", candidates.Select(p => p.Name))}): Unified CM rotates among them (round robin) as devices register; this preview uses the first, {candidates[0].Name}.");
            foreach (var other in candidates.Skip(1))
            {
                var (otherOutcome, _) = Roaming(home, other, matched);
                if (otherOutcome != outcome)
                {
                    notes.Add($"With {other.Name} the outcome would be {otherOutcome}.");
                }
            }
        }

        return notes.Count == 0 ? null : string.Join(" ", notes);
    }
}
