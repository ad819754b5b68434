namespace AdminPortal.Core.UnifiedMobility;

public enum RingReason
{
    Rings,
    SingleNumberReachOff,
    UserMobilityOff,
    OutsideRingSchedule,
    BlockedByList,
    NotOnAllowedList,
}
