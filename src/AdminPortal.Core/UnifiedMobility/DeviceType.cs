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
