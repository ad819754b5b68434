namespace AdminPortal.Core.UnifiedMobility;

public sealed record CollidingDestination(int Id, string Name, string DestinationNumber);
