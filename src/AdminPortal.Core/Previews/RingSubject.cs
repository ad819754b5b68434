using AdminPortal.Core.Cluster;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Previews;

/// <summary>
/// A called user with what a ring preview reads: their phones (lines with numbers), their remote destinations and
/// mobility identities (ring schedule, access list with members, dual-mode device), and the cluster's settings.
/// </summary>
public sealed record RingSubject(EndUser User, IReadOnlyList<Phone> Phones, IReadOnlyList<RemoteDestination> Destinations, ClusterMobilitySettings Settings);
