namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Destinations that Partial Match could not tell apart: they share their last digits.</summary>
public sealed record CallerIdCollision(string LastDigits, IReadOnlyList<CollidingDestination> Destinations)
{
    public override string ToString() =>
        $"{string.Join(" and ", Destinations.Select(d => d.DestinationNumber))} ({(Destinations.Count == 2 ? "both" : "all")} end in {LastDigits})";
}
