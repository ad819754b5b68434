namespace AdminPortal.Core.UnifiedMobility;

public enum RingScheduleEntryKind
{
    AllDay,
    FromTo,
}
