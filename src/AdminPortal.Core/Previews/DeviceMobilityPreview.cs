using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Previews;

/// <summary>
/// Where a device at an address lands and which settings it gets. The first properties are the HTTP shape of
/// <c>GET /api/v1/tools/device-mobility</c>, one to one; <see cref="Explanation"/> says the outcome in words with its
/// guide line and <see cref="Note"/> adds what a person should know (several candidate pools, the catch-all).
/// </summary>
public sealed record DeviceMobilityPreview(
    string Ip,
    string? MatchedDeviceMobilityInfo,
    IReadOnlyList<string> Containing,
    DeviceMobilityOutcome Outcome,
    string HomeDevicePool,
    string? RoamingDevicePool,
    IReadOnlyList<string> CandidatePools,
    IReadOnlyList<EffectiveSetting> Settings,
    string Explanation,
    string? Note,
    DeviceMobilityMode Mode,
    bool MobilityOn);
