namespace AdminPortal.Core.UnifiedMobility;

public enum DoNotDisturbOption
{
    RingerOff,
    CallReject,
}
