using AdminPortal.Core.Catalogs;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Web.Api;

/// <summary>
/// <c>/api/v1</c>: one collection per object type, plural kebab-case, each speaking AXL's names (see
/// <see cref="AxlEndpoints"/>), the singleton <c>cluster/mobility-settings</c> and the read-only <c>audit</c> log.
/// </summary>
public static class ApiEndpoints
{
    public const string Base = "/api/v1";

    /// <summary>An end user's own objects (the only part of the API an end user may use).</summary>
    public const string Me = Base + "/me";

    public static RouteGroupBuilder MapMobilityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Base).RequireAuthorization(ApiPolicies.Read);
        api.MapAxl<AxlSite, Site>("sites", "Sites");
        api.MapAxl<AxlNamedObject<PhysicalLocation>, PhysicalLocation>("physical-locations", "Physical Locations");
        api.MapAxl<AxlNamedObject<DeviceMobilityGroup>, DeviceMobilityGroup>("device-mobility-groups", "Device Mobility Groups");
        api.MapAxl<AxlDevicePool, DevicePool>("device-pools", "Device Pools");
        api.MapAxl<AxlDeviceMobilityInfo, DeviceMobilityInfo>("device-mobility-info", "Device Mobility Info");
        api.MapAxl<AxlPhone, Phone>("phones", "Phones");
        api.MapAxl<AxlDirectoryNumber, DirectoryNumber>("directory-numbers", "Directory Numbers");
        api.MapAxl<AxlEndUser, EndUser>("end-users", "End Users");
        api.MapAxl<AxlRemoteDestinationProfile, RemoteDestinationProfile>("remote-destination-profiles", "Remote Destination Profiles");
        api.MapAxl<AxlRemoteDestination, RemoteDestination>("remote-destinations", "Remote Destinations and Mobility Identities");
        api.MapAxl<AxlAccessList, AccessList>("access-lists", "Access Lists");
        api.MapAxl<AxlMobilityProfile, MobilityProfile>("mobility-profiles", "Mobility Profiles");
        MapCatalog<UnifiedCmGroup>(api, "unified-cm-groups", "Cisco Unified CM Groups");
        MapCatalog<DateTimeGroup>(api, "date-time-groups", "Date/Time Groups");
        MapCatalog<Region>(api, "regions", "Regions");
        MapCatalog<Location>(api, "locations", "Locations");
        MapCatalog<MediaResourceGroupList>(api, "media-resource-group-lists", "Media Resource Group Lists");
        MapCatalog<SrstReference>(api, "srst-references", "SRST References");
        MapCatalog<CallingSearchSpace>(api, "calling-search-spaces", "Calling Search Spaces");
        MapCatalog<Partition>(api, "route-partitions", "Route Partitions");
        MapCatalog<AarGroup>(api, "aar-groups", "AAR Groups");
        MapCatalog<LocalRouteGroup>(api, "local-route-groups", "Local Route Groups");
        MapCatalog<MohAudioSource>(api, "moh-audio-sources", "Music On Hold Audio Sources");
        MapCatalog<NetworkLocale>(api, "network-locales", "Network Locales");
        api.MapMobilitySettings();
        api.MapAuditApi();
        api.MapBulkExportApi();
        api.MapBulkImportApi();
        return api;
    }

    private static void MapCatalog<T>(RouteGroupBuilder api, string collection, string label)
        where T : Core.Common.NamedEntity, new() =>
        api.MapAxl<AxlNamedObject<T>, T>(collection, label);
}
