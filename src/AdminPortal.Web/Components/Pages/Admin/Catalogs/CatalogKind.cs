using System.Linq.Expressions;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Web.Components.Shared;

namespace AdminPortal.Web.Components.Pages.Admin.Catalogs;

/// <summary>A row of a name-and-description object's Find and List page.</summary>
public sealed record NamedRow(int Id, string Name, string? Description) : IListRow;

/// <summary>
/// The objects that are only a name and a description (physical locations, device mobility groups and the catalogs
/// a device pool refers to): one registry, one pair of pages, one typed path into the store for each.
/// </summary>
public abstract class CatalogKind
{
    public required string Slug { get; init; }

    public required string Singular { get; init; }

    public required string Plural { get; init; }

    /// <summary>Unified CM menu the page sits in.</summary>
    public required string Menu { get; init; }

    public string ListUrl => PortalUrls.Catalog(Slug);

    public abstract Type EntityType { get; }

    public abstract Task<FindPage<NamedRow>> FindAsync(ConfigurationStore store, FindCriteria criteria, CancellationToken cancellation);

    public abstract Task<DeleteResult> DeleteAsync(ConfigurationStore store, IReadOnlyCollection<int> ids);

    public static IReadOnlyList<CatalogKind> All { get; } =
    [
        Of<PhysicalLocation>("physical-locations", "Physical Location", "Physical Locations", "System"),
        Of<DeviceMobilityGroup>("device-mobility-groups", "Device Mobility Group", "Device Mobility Groups", "System"),
        Of<UnifiedCmGroup>("unified-cm-groups", "Cisco Unified CM Group", "Cisco Unified CM Groups", "System"),
        Of<DateTimeGroup>("date-time-groups", "Date/Time Group", "Date/Time Groups", "System"),
        Of<Region>("regions", "Region", "Regions", "System"),
        Of<Location>("locations", "Location", "Locations", "System"),
        Of<SrstReference>("srst-references", "SRST Reference", "SRST References", "System"),
        Of<NetworkLocale>("network-locales", "Network Locale", "Network Locales", "System"),
        Of<Partition>("partitions", "Partition", "Partitions", "Call Routing"),
        Of<CallingSearchSpace>("calling-search-spaces", "Calling Search Space", "Calling Search Spaces", "Call Routing"),
        Of<AarGroup>("aar-groups", "AAR Group", "AAR Groups", "Call Routing"),
        Of<LocalRouteGroup>("local-route-groups", "Local Route Group", "Local Route Groups", "Call Routing"),
        Of<MediaResourceGroupList>("media-resource-group-lists", "Media Resource Group List", "Media Resource Group Lists", "Media Resources"),
        Of<MohAudioSource>("moh-audio-sources", "Music On Hold Audio Source", "Music On Hold Audio Sources", "Media Resources"),
    ];

    /// <summary>Catalogs listed under a menu; physical locations and groups have their own menu entries.</summary>
    public static IEnumerable<CatalogKind> InMenu(string menu) =>
        All.Where(k => k.Menu == menu && k.EntityType != typeof(PhysicalLocation) && k.EntityType != typeof(DeviceMobilityGroup));

    public static CatalogKind? Find(string slug) => All.FirstOrDefault(k => k.Slug == slug);

    public static CatalogKind For<T>()
        where T : NamedEntity => All.Single(k => k.EntityType == typeof(T));

    private static CatalogKind<T> Of<T>(string slug, string singular, string plural, string menu)
        where T : NamedEntity, new() =>
        new() { Slug = slug, Singular = singular, Plural = plural, Menu = menu };
}

public sealed class CatalogKind<T> : CatalogKind
    where T : NamedEntity, new()
{
    private static readonly IReadOnlyDictionary<string, Expression<Func<T, string>>> SearchFields =
        new Dictionary<string, Expression<Func<T, string>>>
        {
            ["Name"] = e => e.Name,
            ["Description"] = e => e.Description ?? "",
        };

    private static readonly IReadOnlyDictionary<string, LambdaExpression> SortKeys = new Dictionary<string, LambdaExpression>
    {
        ["Name"] = (Expression<Func<T, string>>)(e => e.Name),
        ["Description"] = (Expression<Func<T, string?>>)(e => e.Description),
    };

    public override Type EntityType => typeof(T);

    public override Task<FindPage<NamedRow>> FindAsync(ConfigurationStore store, FindCriteria criteria, CancellationToken cancellation) =>
        store.FindAsync(criteria.For(SearchFields, SortKeys), e => new NamedRow(e.Id, e.Name, e.Description), cancellation);

    public override Task<DeleteResult> DeleteAsync(ConfigurationStore store, IReadOnlyCollection<int> ids) => store.DeleteAsync<T>(ids);
}
