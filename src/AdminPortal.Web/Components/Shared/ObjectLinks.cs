using AdminPortal.Core.Cluster;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.Catalogs;

namespace AdminPortal.Web.Components.Shared;

/// <summary>The configuration page of an object a finding names.</summary>
public static class ObjectLinks
{
    private static readonly Dictionary<Type, string> ListUrls = new()
    {
        [typeof(Site)] = "/ccmadmin/sites",
        [typeof(DevicePool)] = "/ccmadmin/device-pools",
        [typeof(DeviceMobilityInfo)] = "/ccmadmin/device-mobility-info",
        [typeof(EndUser)] = "/ccmadmin/end-users",
        [typeof(Phone)] = "/ccmadmin/phones",
        [typeof(DirectoryNumber)] = "/ccmadmin/directory-numbers",
        [typeof(RemoteDestinationProfile)] = "/ccmadmin/remote-destination-profiles",
        [typeof(RemoteDestination)] = "/ccmadmin/remote-destinations",
        [typeof(AccessList)] = "/ccmadmin/access-lists",
        [typeof(MobilityProfile)] = "/ccmadmin/mobility-profiles",
    };

    public static string? UrlOf(ObjectRef target)
    {
        if (target.Kind == typeof(ClusterMobilitySettings))
        {
            return "/ccmadmin/mobility-settings";
        }

        var list = ListUrls.TryGetValue(target.Kind, out var url) ? url : CatalogKind.All.FirstOrDefault(k => k.EntityType == target.Kind)?.ListUrl;
        return list is null ? null : $"{list}/{target.Id}";
    }
}
