namespace AdminPortal.Core.UnifiedMobility;

public enum RingReason
{
    Rings,
    SingleNumberReachOff,
    UserMobilityOff,
    OutsideRingSchedule,
    BlockedByList,
    NotOnAllowedList,

    /// <summary>A mobility identity whose dual-mode device is registered, without dial via office (SRND L1544, L2196).</summary>
    MobilityIdentityDeviceRegistered,

    /// <summary>The user already has two Single Number Reach calls: the call goes to voicemail (SRND L1392).</summary>
    TooManySimultaneousCalls,

    /// <summary>A dual-mode device that is not registered to Unified CM cannot ring on the enterprise line (SRND L2196).</summary>
    DualModeDeviceNotRegistered,
}
