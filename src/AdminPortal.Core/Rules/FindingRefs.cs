using AdminPortal.Core.Cluster;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Rules.ClusterSnapshot;

namespace AdminPortal.Core.Rules;

/// <summary>The links the design review's findings carry.</summary>
internal static class FindingRefs
{
    public static readonly ObjectRef SettingsRef = new(typeof(ClusterMobilitySettings), ClusterMobilitySettings.SingletonId, "Service Parameters (Mobility)");

    public static ObjectRef DestinationRef(DestinationRow d) => Ref<RemoteDestination>(d.Id, d.Name);

    public static ObjectRef Ref<T>(int id, string name) => new(typeof(T), id, name);
}
