namespace AdminPortal.Core.UnifiedMobility;

/// <summary>"When receiving a call during the above ring schedule" (SRND L1070): one list at a time.</summary>
public enum CallerFilterMode
{
    AlwaysRing,
    RingOnlyIfCallerInAllowedList,
    DoNotRingIfCallerInBlockedList,
}
