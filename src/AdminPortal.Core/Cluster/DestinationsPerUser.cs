namespace AdminPortal.Core.Cluster;

/// <summary>Users that have a given number of remote destinations + mobility identities.</summary>
public sealed record DestinationsPerUser(int Destinations, int Users);
