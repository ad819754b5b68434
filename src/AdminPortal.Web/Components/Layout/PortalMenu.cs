using AdminPortal.Core.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin.Catalogs;
using MudBlazor;

namespace AdminPortal.Web.Components.Layout;

/// <summary>
/// The administration menu, grouped like Unified CM Administration's menus (reference section 5). Built once for the
/// process and shared by every circuit: NavMenu renders it, each tab keeps only which groups it opened or closed.
/// </summary>
public static class PortalMenu
{
    public static IReadOnlyList<MenuEntry> Entries { get; } =
    [
        new("Overview", PortalUrls.Admin, Icons.Material.Filled.Dashboard, Exact: true),
        Group("System", Icons.Material.Filled.Settings, expanded: true,
        [
            new("Device Pool", PortalUrls.DevicePools),
            new("Physical Location", CatalogKind.For<PhysicalLocation>().ListUrl),
            new("Site", PortalUrls.Sites),
            Group("Device Mobility", icon: null, expanded: true,
            [
                new("Device Mobility Group", CatalogKind.For<DeviceMobilityGroup>().ListUrl),
                new("Device Mobility Info", PortalUrls.DeviceMobilityInfos),
            ]),
            .. Catalogs("System"),
            new("Service Parameters (Mobility)", PortalUrls.MobilitySettings),
        ]),
        Group("Call Routing", Icons.Material.Filled.AltRoute, expanded: false,
        [
            new("Directory Number", PortalUrls.DirectoryNumbers),
            new("Class of Control: Access List", PortalUrls.AccessLists),
            new("Mobility: Mobility Profile", PortalUrls.MobilityProfiles),
            new("Mobility: Enterprise Feature Access and Handoff", PortalUrls.MobilitySettings),
            .. Catalogs("Call Routing"),
        ]),
        Group("Media Resources", Icons.Material.Filled.MusicNote, expanded: false, [.. Catalogs("Media Resources")]),
        Group("Device", Icons.Material.Filled.PhoneIphone, expanded: false,
        [
            new("Phone", PortalUrls.Phones),
            new("Remote Destination", PortalUrls.RemoteDestinations),
            new("Device Settings: Remote Destination Profile", PortalUrls.RemoteDestinationProfiles),
        ]),
        Group("User Management", Icons.Material.Filled.People, expanded: false,
        [
            new("End User", PortalUrls.EndUsers),
            new("API Tokens", PortalUrls.ApiTokens),
        ]),
        Group("Bulk Administration", Icons.Material.Filled.ImportExport, expanded: false,
        [
            new("Export", PortalUrls.BulkExport),
            new("Import", PortalUrls.BulkImport),
            new("Job Scheduler", PortalUrls.BulkJobs),
        ]),
        Group("Mobility Tools", Icons.Material.Filled.FactCheck, expanded: true,
        [
            new("Design Review", PortalUrls.DesignReview),
            new("Capacity", PortalUrls.Capacity),
            new("Device Mobility Preview", PortalUrls.DeviceMobilityPreview),
            new("Ring Preview", PortalUrls.RingPreview),
            new("Caller ID Match", PortalUrls.CallerIdMatch),
            new("Audit Log", PortalUrls.AuditLog),
            new("Backups", PortalUrls.Backups),
        ]),
    ];

    private static MenuEntry Group(string title, string? icon, bool expanded, IReadOnlyList<MenuEntry> children) =>
        new(title, Icon: icon, Expanded: expanded, Children: children);

    private static IEnumerable<MenuEntry> Catalogs(string menu) =>
        CatalogKind.InMenu(menu).Select(kind => new MenuEntry(kind.Singular, kind.ListUrl));
}
