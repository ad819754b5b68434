namespace AdminPortal.Core.Previews;

/// <summary>
/// One device pool setting that device mobility can replace: its label (as on Unified CM's Device Pool page), its
/// kind, and where it is read. <see cref="All"/> is the one list the preview's settings table follows.
/// </summary>
public sealed record DevicePoolSetting(string Name, SettingKind Kind, Func<PoolSettings, string?> Read)
{
    public static IReadOnlyList<DevicePoolSetting> All { get; } =
    [
        // SRND L357-368; the feature configuration guide adds Connection Monitor Duration.
        new("Date/Time Group", SettingKind.RoamingSensitive, p => p.DateTimeGroup),
        new("Region", SettingKind.RoamingSensitive, p => p.Region),
        new("Media Resource Group List", SettingKind.RoamingSensitive, p => p.MediaResourceGroupList),
        new("Location", SettingKind.RoamingSensitive, p => p.Location),
        new("Network Locale", SettingKind.RoamingSensitive, p => p.NetworkLocale),
        new("SRST Reference", SettingKind.RoamingSensitive, p => p.SrstReference),
        new("Physical Location", SettingKind.RoamingSensitive, p => p.PhysicalLocation),
        new("Device Mobility Group", SettingKind.RoamingSensitive, p => p.DeviceMobilityGroup),
        new("Connection Monitor Duration", SettingKind.RoamingSensitive,
            p => p.ConnectionMonitorDuration < 0 ? "system default" : $"{p.ConnectionMonitorDuration} s"),
        // SRND L431: a roaming device, inside or between groups, always uses the roaming pool's Local Route Group.
        new("Local Route Group", SettingKind.RoamingSensitive, p => p.LocalRouteGroup),
        // SRND L384-391.
        new("Device Mobility Calling Search Space", SettingKind.DeviceMobilityRelated, p => p.DeviceMobilityCss),
        new("AAR Calling Search Space", SettingKind.DeviceMobilityRelated, p => p.AarCss),
        new("AAR Group", SettingKind.DeviceMobilityRelated, p => p.AarGroup),
        new("Calling Party Transformation CSS", SettingKind.DeviceMobilityRelated, p => p.CallingPartyTransformationCss),
    ];
}
