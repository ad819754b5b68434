using AdminPortal.Core.Catalogs;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Every object type that travels in bulk files, in dependency order: an import applies them in this order, an
/// archive lists them in it, and each type comes after every type its objects refer to (catalogs, physical
/// locations, groups, sites, pools, Device Mobility Info, directory numbers, users, phones, mobility profiles,
/// profiles, access lists, destinations).
/// </summary>
/// <remarks>
/// One reference runs backwards: an end user's primary user device is a phone, and a phone's owner is an end user.
/// Users come first (a phone's owner and every later type need them); an import sets a user's primary user device
/// once the phones of the same import are in (decision 015).
/// </remarks>
public static class BulkObjectTypes
{
    public static IReadOnlyList<BulkObjectType> InDependencyOrder { get; } = Build(
    [
        ("unified-cm-groups", typeof(UnifiedCmGroup), new NamedObjectFile<UnifiedCmGroup>()),
        ("date-time-groups", typeof(DateTimeGroup), new NamedObjectFile<DateTimeGroup>()),
        ("regions", typeof(Region), new NamedObjectFile<Region>()),
        ("locations", typeof(Location), new NamedObjectFile<Location>()),
        ("media-resource-group-lists", typeof(MediaResourceGroupList), new NamedObjectFile<MediaResourceGroupList>()),
        ("srst-references", typeof(SrstReference), new NamedObjectFile<SrstReference>()),
        ("calling-search-spaces", typeof(CallingSearchSpace), new NamedObjectFile<CallingSearchSpace>()),
        ("route-partitions", typeof(Partition), new NamedObjectFile<Partition>()),
        ("aar-groups", typeof(AarGroup), new NamedObjectFile<AarGroup>()),
        ("local-route-groups", typeof(LocalRouteGroup), new NamedObjectFile<LocalRouteGroup>()),
        ("moh-audio-sources", typeof(MohAudioSource), new NamedObjectFile<MohAudioSource>()),
        ("network-locales", typeof(NetworkLocale), new NamedObjectFile<NetworkLocale>()),
        ("physical-locations", typeof(PhysicalLocation), new NamedObjectFile<PhysicalLocation>()),
        ("device-mobility-groups", typeof(DeviceMobilityGroup), new NamedObjectFile<DeviceMobilityGroup>()),
        ("sites", typeof(Site), new SiteFile()),
        ("device-pools", typeof(DevicePool), new DevicePoolFile()),
        ("device-mobility-info", typeof(DeviceMobilityInfo), new DeviceMobilityInfoFile()),
        ("directory-numbers", typeof(DirectoryNumber), new DirectoryNumberFile()),
        ("end-users", typeof(EndUser), new EndUserFile()),
        ("phones", typeof(Phone), new PhoneFile()),
        ("mobility-profiles", typeof(MobilityProfile), new MobilityProfileFile()),
        ("remote-destination-profiles", typeof(RemoteDestinationProfile), new RemoteDestinationProfileFile()),
        ("access-lists", typeof(AccessList), new AccessListFile()),
        ("remote-destinations", typeof(RemoteDestination), new RemoteDestinationFile()),
    ]);

    /// <summary>The type with this slug (the API's collection name, any case), or null.</summary>
    public static BulkObjectType? Find(string? slug) =>
        InDependencyOrder.FirstOrDefault(t => string.Equals(t.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The type whose file has this name in an archive (<c>remote-destinations.csv</c>), or null.</summary>
    public static BulkObjectType? ForFileName(string? fileName) =>
        InDependencyOrder.FirstOrDefault(t => string.Equals(t.FileName, fileName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The type of an entity class (<c>typeof(RemoteDestination)</c>), or null.</summary>
    public static BulkObjectType? ForEntity(Type entityType) => InDependencyOrder.FirstOrDefault(t => t.EntityType == entityType);

    private static List<BulkObjectType> Build(IReadOnlyList<(string Slug, Type Entity, BulkFile File)> types) =>
        [.. types.Select((t, i) => new BulkObjectType(t.Slug, t.Entity, t.File, i))];
}
