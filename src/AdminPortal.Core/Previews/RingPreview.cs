namespace AdminPortal.Core.Previews;

/// <summary>
/// Who rings for one call to a user, and when. <see cref="Destinations"/> and <see cref="Ds0"/> are the HTTP shape of
/// <c>GET /api/v1/tools/ring-preview</c>; the rest says what the preview was computed for, and the week's heat map.
/// <see cref="Ds0"/>: PSTN gateway DS0s the call takes while ringing, one per remote destination or mobility
/// identity rung (SRND L1439). <see cref="At"/> is the instant previewed; <see cref="TimeZone"/> the viewer's zone, in
/// which the heat map is read. <see cref="DualModeDevices"/>: the user's dual-mode devices, which the preview can
/// take as registered or not.
/// </summary>
public sealed record RingPreview(
    IReadOnlyList<RingPreviewDestination> Destinations,
    int Ds0,
    string UserId,
    string Caller,
    DateTimeOffset At,
    string TimeZone,
    int ForwardNoAnswerMs,
    string Ds0Explanation,
    RingHeatMap? HeatMap,
    IReadOnlyList<string> DualModeDevices);
