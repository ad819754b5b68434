using AdminPortal.Core.Data;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>
/// What a remote destination may refer to, given its owner and profile: the owner's profiles, dual-mode devices and
/// allowed / blocked access lists, and the profile's lines.
/// </summary>
public sealed record OwnerChoices(
    IReadOnlyList<Choice> Profiles,
    IReadOnlyList<Choice> DualModeDevices,
    IReadOnlyList<Choice> AllowedLists,
    IReadOnlyList<Choice> BlockedLists,
    IReadOnlyList<Choice> ProfileLines);
