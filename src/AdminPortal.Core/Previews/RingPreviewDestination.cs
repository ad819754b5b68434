using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Previews;

/// <summary>
/// One phone or number of the called user in the ring preview (one element of <c>destinations</c> in
/// <c>GET /api/v1/tools/ring-preview</c>). The timeline is in milliseconds after the call reaches the user's line,
/// null when it does not ring: it starts ringing at <see cref="RingStartMs"/>, an answer is kept from
/// <see cref="AnswerFromMs"/> (earlier ones are taken for a mobile voicemail, Answer Too Soon) and ringing stops at
/// <see cref="RingStopMs"/> (Answer Too Late, or the cluster's Forward No Answer, whichever comes first).
/// </summary>
public sealed record RingPreviewDestination(
    RingPreviewKind Kind,
    string Name,
    string Destination,
    bool Rings,
    RingReason Reason,
    string Explanation,
    int? RingStartMs,
    int? RingStopMs,
    int? AnswerFromMs);
