namespace AdminPortal.Core.Cluster;

/// <summary>How many of each object the configuration holds: the overview page's figures.</summary>
public sealed record ConfigurationCounts(
    int Sites,
    int PhysicalLocations,
    int DeviceMobilityGroups,
    int DevicePools,
    int DeviceMobilityInfos,
    int EndUsers,
    int MobilityEnabledUsers,
    int Phones,
    int RemoteDestinationProfiles,
    int RemoteDestinations,
    int MobilityIdentities,
    int MobilityProfiles,
    int AccessLists);
