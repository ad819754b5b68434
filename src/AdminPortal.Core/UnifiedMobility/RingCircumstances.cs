namespace AdminPortal.Core.UnifiedMobility;

/// <summary>
/// What a ring decision needs beyond the configuration: the state of the moment.
/// </summary>
/// <param name="DualModeDeviceRegistered">The mobility identity's dual-mode device is registered to Unified CM.</param>
/// <param name="DialViaOffice">Dial via office is in use on that device (its mobility identity has a Mobility Profile).</param>
/// <param name="ActiveSingleNumberReachCalls">Single Number Reach calls the owner already has.</param>
public sealed record RingCircumstances(bool DualModeDeviceRegistered = false, bool DialViaOffice = false, int ActiveSingleNumberReachCalls = 0)
{
    public static readonly RingCircumstances None = new();
}
