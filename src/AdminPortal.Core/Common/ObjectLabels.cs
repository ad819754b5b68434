using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Common;

/// <summary>Unified CM's names for each kind of object, as shown in dependency records and findings.</summary>
public static class ObjectLabels
{
    private static readonly Dictionary<Type, string> Labels = new()
    {
        [typeof(UnifiedCmGroup)] = "Cisco Unified CM Group",
        [typeof(DateTimeGroup)] = "Date/Time Group",
        [typeof(Region)] = "Region",
        [typeof(Location)] = "Location",
        [typeof(MediaResourceGroupList)] = "Media Resource Group List",
        [typeof(SrstReference)] = "SRST Reference",
        [typeof(CallingSearchSpace)] = "Calling Search Space",
        [typeof(Partition)] = "Route Partition",
        [typeof(AarGroup)] = "AAR Group",
        [typeof(LocalRouteGroup)] = "Local Route Group",
        [typeof(MohAudioSource)] = "Music On Hold Audio Source",
        [typeof(NetworkLocale)] = "Network Locale",
        [typeof(PhysicalLocation)] = "Physical Location",
        [typeof(DeviceMobilityGroup)] = "Device Mobility Group",
        [typeof(Site)] = "Site",
        [typeof(DevicePool)] = "Device Pool",
        [typeof(DeviceMobilityInfo)] = "Device Mobility Info",
        [typeof(EndUser)] = "End User",
        [typeof(DirectoryNumber)] = "Directory Number",
        [typeof(Phone)] = "Phone",
        [typeof(RemoteDestinationProfile)] = "Remote Destination Profile",
        [typeof(RemoteDestination)] = "Remote Destination",
        [typeof(RingSchedule)] = "Ring Schedule",
        [typeof(AccessList)] = "Access List",
        [typeof(MobilityProfile)] = "Mobility Profile",
        [typeof(ClusterMobilitySettings)] = "Cluster Mobility Settings",
    };

    /// <summary>Every label, one per kind of object.</summary>
    public static IEnumerable<string> All => Labels.Values;

    /// <summary>The kind of object a label names (the audit log's object type), or null.</summary>
    public static Type? TypeOf(string label) => Labels.FirstOrDefault(l => l.Value == label).Key;

    public static string For(Type type) => Labels.TryGetValue(type, out var label) ? label : type.Name;

    public static string For<T>() => For(typeof(T));

    /// <summary>"DeviceMobilityCssId" becomes "Device Mobility Css": the field a dependency goes through.</summary>
    public static string Field(string propertyName)
    {
        var name = propertyName.EndsWith("Id", StringComparison.Ordinal) ? propertyName[..^2] : propertyName;
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ');
            }

            words.Append(name[i]);
        }

        return words.ToString();
    }
}
