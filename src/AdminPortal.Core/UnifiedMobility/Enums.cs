namespace AdminPortal.Core.UnifiedMobility;

public enum DeviceType
{
    CiscoIpPhone7841,
    CiscoIpPhone8845,
    CiscoIpPhone8865,
    CiscoIpPhone7975,
    CiscoIpPhone9971,
    CiscoJabberForDesktop,
    CiscoDualModeForIPhone,
    CiscoDualModeForAndroid,
    CiscoJabberForTablet,
}

/// <summary>Device Mobility Mode of a phone; Default follows the cluster's Device Mobility Mode (default Off).</summary>
public enum DeviceMobilityMode
{
    Default,
    On,
    Off,
}

public enum PrivacySetting
{
    Default,
    On,
    Off,
}

public enum DoNotDisturbOption
{
    RingerOff,
    CallReject,
}

public enum VoicemailPolicy
{
    UseSystemDefault,
    TimerControl,
    UserControl,
}

/// <summary>"When receiving a call during the above ring schedule" (SRND L1070): one list at a time.</summary>
public enum CallerFilterMode
{
    AlwaysRing,
    RingOnlyIfCallerInAllowedList,
    DoNotRingIfCallerInBlockedList,
}

public enum AccessListFilterType
{
    DirectoryNumber,
    NotAvailable,
    Private,
}

public enum RingScheduleEntryKind
{
    AllDay,
    FromTo,
}

public enum MobileClientCallingOption
{
    DialViaOfficeReverse,
    DialViaOfficeForward,
}

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
