namespace AdminPortal.Core.SelfCare;

/// <summary>What the Self Care home shows: the user, their desk lines, destinations and access lists.</summary>
public sealed record SelfCareOverview(
    string UserId,
    string DisplayName,
    bool EnableMobility,
    int RemoteDestinationLimit,
    IReadOnlyList<SelfCareLine> Lines,
    IReadOnlyList<SelfCareDestination> Destinations,
    IReadOnlyList<SelfCareAccessList> AccessLists)
{
    public int RemoteDestinationCount => Destinations.Count(d => !d.IsMobilityIdentity);

    /// <summary>R3: Add is offered only below the user's Remote Destination Limit (the store refuses past it anyway).</summary>
    public bool CanAddDestination => RemoteDestinationCount < RemoteDestinationLimit;
}
