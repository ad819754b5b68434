using System.Text.Json.Serialization;

namespace AdminPortal.Core.UnifiedMobility;

/// <remarks>Each value carries Unified CM's spelling (AXL, the admin pages, BAT): see <see cref="Interchange.AxlSpelling"/>.</remarks>
public enum DeviceType
{
    [JsonStringEnumMemberName("Cisco 7841")]
    CiscoIpPhone7841,
    [JsonStringEnumMemberName("Cisco 8845")]
    CiscoIpPhone8845,
    [JsonStringEnumMemberName("Cisco 8865")]
    CiscoIpPhone8865,
    [JsonStringEnumMemberName("Cisco 7975")]
    CiscoIpPhone7975,
    [JsonStringEnumMemberName("Cisco 9971")]
    CiscoIpPhone9971,
    [JsonStringEnumMemberName("Cisco Unified Client Services Framework")]
    CiscoJabberForDesktop,
    [JsonStringEnumMemberName("Cisco Dual Mode for iPhone")]
    CiscoDualModeForIPhone,
    [JsonStringEnumMemberName("Cisco Dual Mode for Android")]
    CiscoDualModeForAndroid,
    [JsonStringEnumMemberName("Cisco Jabber for Tablet")]
    CiscoJabberForTablet,
}
