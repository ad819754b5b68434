namespace AdminPortal.Core.UnifiedMobility;

public enum PrivacySetting
{
    Default,
    On,
    Off,
}
