using AdminPortal.Core.Cluster;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// Unified CM's own spelling of every enumeration value the portal stores (AXL's enumerations, which the admin pages
/// and BAT files print the same way): the pages show it, the HTTP API and the CSV files read and write it.
/// </summary>
public static class AxlSpelling
{
    private static readonly Dictionary<Type, IReadOnlyList<(object Value, string Text)>> Tables = new()
    {
        [typeof(DeviceType)] = Table(
            (DeviceType.CiscoIpPhone7841, "Cisco 7841"),
            (DeviceType.CiscoIpPhone8845, "Cisco 8845"),
            (DeviceType.CiscoIpPhone8865, "Cisco 8865"),
            (DeviceType.CiscoIpPhone7975, "Cisco 7975"),
            (DeviceType.CiscoIpPhone9971, "Cisco 9971"),
            (DeviceType.CiscoJabberForDesktop, "Cisco Unified Client Services Framework"),
            (DeviceType.CiscoDualModeForIPhone, "Cisco Dual Mode for iPhone"),
            (DeviceType.CiscoDualModeForAndroid, "Cisco Dual Mode for Android"),
            (DeviceType.CiscoJabberForTablet, "Cisco Jabber for Tablet")),
        [typeof(DeviceMobilityMode)] = Table((DeviceMobilityMode.Default, "Default"), (DeviceMobilityMode.On, "On"), (DeviceMobilityMode.Off, "Off")),
        [typeof(VoicemailPolicy)] = Table(
            (VoicemailPolicy.UseSystemDefault, "Use System Default"), (VoicemailPolicy.TimerControl, "Timer Control"), (VoicemailPolicy.UserControl, "User Control")),
        [typeof(PrivacySetting)] = Table((PrivacySetting.Default, "Default"), (PrivacySetting.On, "On"), (PrivacySetting.Off, "Off")),
        [typeof(DoNotDisturbOption)] = Table((DoNotDisturbOption.RingerOff, "Ringer Off"), (DoNotDisturbOption.CallReject, "Call Reject")),
        [typeof(AccessListFilterType)] = Table(
            (AccessListFilterType.DirectoryNumber, "Directory Number"), (AccessListFilterType.NotAvailable, "Not Available"), (AccessListFilterType.Private, "Private")),
        [typeof(MobileClientCallingOption)] = Table(
            (MobileClientCallingOption.DialViaOfficeReverse, "Dial via Office Reverse"), (MobileClientCallingOption.DialViaOfficeForward, "Dial via Office Forward")),
        [typeof(CallerIdMatching)] = Table((CallerIdMatching.CompleteMatch, "Complete Match"), (CallerIdMatching.PartialMatch, "Partial Match")),
        [typeof(InboundCssForRemoteDestination)] = Table(
            (InboundCssForRemoteDestination.TrunkOrGatewayInboundCss, "Trunk or Gateway Inbound CSS"),
            (InboundCssForRemoteDestination.RemoteDestinationProfileAndLineCss, "Remote Destination Profile + Line CSS")),
        [typeof(ClusterVoicemailSelectionPolicy)] = Table(
            (ClusterVoicemailSelectionPolicy.TimerControl, "Timer Control"), (ClusterVoicemailSelectionPolicy.UserControl, "User Control")),
        [typeof(SystemDeviceMobilityMode)] = Table((SystemDeviceMobilityMode.Off, "Off"), (SystemDeviceMobilityMode.On, "On")),
    };

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        TableOf<TEnum>().First(e => e.Value.Equals(value)).Text;

    /// <summary>A check box's value as Unified CM's service parameter pages print it.</summary>
    public static string Of(bool value) => value ? "True" : "False";

    /// <summary>Every spelling of <typeparamref name="TEnum"/>, in Unified CM's order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => [.. TableOf<TEnum>().Select(e => e.Text)];

    /// <summary>Reads a spelling, ignoring case (as BAT does); false for anything else, numbers included.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (candidate, spelling) in TableOf<TEnum>())
        {
            if (string.Equals(spelling, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = (TEnum)candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static IReadOnlyList<(object Value, string Text)> TableOf<TEnum>()
        where TEnum : struct, Enum =>
        Tables.TryGetValue(typeof(TEnum), out var table)
            ? table
            : throw new InvalidOperationException($"{typeof(TEnum).Name} has no Unified CM spelling.");

    private static (object, string)[] Table<TEnum>(params (TEnum Value, string Text)[] entries)
        where TEnum : struct, Enum =>
        entries.Length == Enum.GetValues<TEnum>().Length
            ? [.. entries.Select(e => ((object)e.Value, e.Text))]
            : throw new InvalidOperationException($"Every {typeof(TEnum).Name} value needs its Unified CM spelling.");
}
