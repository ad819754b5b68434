namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Device Mobility Mode of a phone; Default follows the cluster's Device Mobility Mode (default Off).</summary>
public enum DeviceMobilityMode
{
    Default,
    On,
    Off,
}
