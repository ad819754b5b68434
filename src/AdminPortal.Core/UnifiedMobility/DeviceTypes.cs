namespace AdminPortal.Core.UnifiedMobility;

public static class DeviceTypes
{
    /// <summary>Dual-mode smartphones: the only devices that may carry a mobility identity (R9, SRND L1916).</summary>
    public static bool IsDualModeSmartphone(DeviceType type) =>
        type is DeviceType.CiscoDualModeForIPhone or DeviceType.CiscoDualModeForAndroid;

    public static string Label(DeviceType type) => type switch
    {
        DeviceType.CiscoIpPhone7841 => "Cisco 7841",
        DeviceType.CiscoIpPhone8845 => "Cisco 8845",
        DeviceType.CiscoIpPhone8865 => "Cisco 8865",
        DeviceType.CiscoIpPhone7975 => "Cisco 7975",
        DeviceType.CiscoIpPhone9971 => "Cisco 9971",
        DeviceType.CiscoJabberForDesktop => "Cisco Unified Client Services Framework",
        DeviceType.CiscoDualModeForIPhone => "Cisco Dual Mode for iPhone",
        DeviceType.CiscoDualModeForAndroid => "Cisco Dual Mode for Android",
        DeviceType.CiscoJabberForTablet => "Cisco Jabber for Tablet",
        _ => type.ToString(),
    };
}
