namespace AdminPortal.Core.Previews;

/// <summary>What Unified CM does with a device at an address (reference section 2, SRND L322-417, Figure 21-8).</summary>
public enum DeviceMobilityOutcome
{
    /// <summary>Device Mobility Mode Off, or Default with the cluster's mode Off: the home pool.</summary>
    MobilityOff,

    /// <summary>No Device Mobility Info contains the address: the home pool.</summary>
    NoMatch,

    /// <summary>The matched Device Mobility Info lists the home pool: nothing changes.</summary>
    Home,

    /// <summary>Another pool, but the same physical location (or the pool has none): the home pool's settings.</summary>
    NotRoaming,

    /// <summary>Roaming within one Device Mobility Group: roaming-sensitive and device-mobility-related settings move.</summary>
    RoamingSameGroup,

    /// <summary>Roaming to another group, or with no group on either pool: roaming-sensitive settings move.</summary>
    RoamingOtherGroup,
}
