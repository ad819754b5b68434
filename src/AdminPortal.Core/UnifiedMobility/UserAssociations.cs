using AdminPortal.Core.Data;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>What belongs to one end user, for the links on the End User page.</summary>
public sealed record UserAssociations(
    IReadOnlyList<Choice> Phones,
    IReadOnlyList<Choice> Profiles,
    IReadOnlyList<Choice> Destinations,
    IReadOnlyList<Choice> AccessLists)
{
    public static UserAssociations None { get; } = new([], [], [], []);
}
