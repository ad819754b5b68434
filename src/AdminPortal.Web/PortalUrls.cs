using AdminPortal.Core.Audit;
using AdminPortal.Core.Common;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.Catalogs;

namespace AdminPortal.Web;

/// <summary>
/// Every address of the portal's pages and downloads, in one place (as the .NET Aspire dashboard's DashboardUrls):
/// pages declare their routes from these constants and every link is built here. A configuration object has its
/// Find and List page at its path, its configuration page at path/{id} and a new one at path/new.
/// </summary>
public static class PortalUrls
{
    /// <summary>Cisco Unified CM Administration, as Unified CM serves it.</summary>
    public const string Admin = "/ccmadmin";

    /// <summary>The end users' Self Care portal, as Unified CM serves it (SRND L1079-1081).</summary>
    public const string SelfCare = "/ucmuser";

    public const string NewSuffix = "/new";
    public const string IdSuffix = "/{Id:int}";

    // System and Device Mobility.
    public const string Sites = Admin + "/sites";
    public const string DevicePools = Admin + "/device-pools";
    public const string DeviceMobilityInfos = Admin + "/device-mobility-info";
    public const string MobilitySettings = Admin + "/mobility-settings";

    /// <summary>The name-only objects (physical locations, groups, catalogs) share one pair of pages, by slug.</summary>
    public const string CatalogTemplate = Admin + "/{Slug}";

    // Unified Mobility.
    public const string EndUsers = Admin + "/end-users";
    public const string Phones = Admin + "/phones";
    public const string DirectoryNumbers = Admin + "/directory-numbers";
    public const string RemoteDestinationProfiles = Admin + "/remote-destination-profiles";
    public const string RemoteDestinations = Admin + "/remote-destinations";
    public const string AccessLists = Admin + "/access-lists";
    public const string MobilityProfiles = Admin + "/mobility-profiles";

    // Mobility Tools.
    public const string DesignReview = Admin + "/design-review";
    public const string DesignReviewCsv = DesignReview + ".csv";
    public const string Capacity = Admin + "/capacity";
    public const string DeviceMobilityPreview = Admin + "/tools/device-mobility";
    public const string RingPreview = Admin + "/tools/ring-preview";
    public const string CallerIdMatch = Admin + "/tools/caller-id";
    public const string AuditLog = Admin + "/audit-log";
    public const string AuditLogCsv = AuditLog + ".csv";
    public const string Backups = Admin + "/backups";

    // Bulk Administration (decision 017).
    public const string BulkExport = Admin + "/bulk/export";
    public const string BulkExportArchive = Admin + "/bulk/export.zip";
    public const string BulkExportFileTemplate = Admin + "/bulk/export/{type}.csv";
    public const string BulkImport = Admin + "/bulk/import";
    public const string BulkJobs = Admin + "/bulk/jobs";
    public const string BulkJobTemplate = BulkJobs + "/{Id}";
    public const string BulkJobRefusedRowsCsv = BulkJobs + "/{id}/refused-rows.csv";

    /// <summary>The HTTP API's interactive reference (its OpenAPI document is at /openapi/v1.json).</summary>
    public const string ApiReference = Admin + "/api";

    // User Management.
    public const string ApiTokens = Admin + "/api-tokens";

    // Self Care.
    public const string SelfCareDestinations = SelfCare + "/destinations";
    public const string SelfCareAccessLists = SelfCare + "/access-lists";

    // Accounts.
    public const string SignIn = "/account/signin";
    public const string SignOut = "/account/signout";
    public const string Denied = "/account/denied";
    public const string ChangePassword = "/account/password";
    public const string NotFound = "/not-found";

    // Operations.
    /// <summary>OpenTelemetry metrics in Prometheus text format, when <c>Metrics:Enabled</c> (decision 014).</summary>
    public const string Metrics = "/metrics";

    /// <summary>The server's managed memory after a full collection, for the load harness, when <c>Diagnostics:Enabled</c> (decision 019).</summary>
    public const string MemoryDiagnostics = "/diagnostics/memory";

    public static string Edit(string list, int id) => $"{list}/{id}";

    public static string New(string list) => list + NewSuffix;

    /// <summary>Unified CM's Copy: a new object pre-filled from another.</summary>
    public static string Copy(string list, int id) => $"{New(list)}?copyOf={id}";

    /// <summary>The page of an object just added, saying so.</summary>
    public static string Added(string list, int id) => $"{Edit(list, id)}?status=added";

    public static string Catalog(string slug) => $"{Admin}/{slug}";

    /// <summary>"Add a New Remote Destination" on a remote destination profile.</summary>
    public static string NewRemoteDestinationOn(int profileId) => $"{New(RemoteDestinations)}?profileId={profileId}";

    /// <summary>"Add a New Mobility Identity" of a dual-mode phone.</summary>
    public static string NewMobilityIdentityOf(int phoneId) => $"{New(RemoteDestinations)}?dualModeDeviceId={phoneId}";

    /// <summary>The device mobility preview of a phone (at an address, when given).</summary>
    public static string DeviceMobilityPreviewOf(string phone, string? ip = null) =>
        $"{DeviceMobilityPreview}?phone={Uri.EscapeDataString(phone)}" + (ip is null ? "" : $"&ip={Uri.EscapeDataString(ip)}");

    /// <summary>The ring preview of a user (User ID or directory number).</summary>
    public static string RingPreviewOf(string user) => $"{RingPreview}?user={Uri.EscapeDataString(user)}";

    /// <summary>The caller ID match of a calling number.</summary>
    public static string CallerIdMatchOf(string number) => $"{CallerIdMatch}?number={Uri.EscapeDataString(number)}";

    public static string DesignReviewExport(string query) => DesignReviewCsv + query;

    /// <summary>The audit log filtered to one object: its history.</summary>
    public static string History(Type kind, int id) =>
        $"{AuditLog}?{AuditFilterQuery.ObjectTypeKey}={Uri.EscapeDataString(ObjectLabels.For(kind))}&{AuditFilterQuery.ObjectIdKey}={id}";

    public static string AuditLogExport(string query) => AuditLogCsv + query;

    /// <summary>One type's CSV file, for the Export page (the API's is under /api/v1 with the API's authentication).</summary>
    public static string BulkExportFile(string slug) => $"{BulkExport}/{Uri.EscapeDataString(slug)}.csv";

    /// <summary>The archive of the given types (all when none).</summary>
    public static string BulkExportArchiveOf(IReadOnlyCollection<string> slugs) =>
        slugs.Count == 0 ? BulkExportArchive : $"{BulkExportArchive}?types={Uri.EscapeDataString(string.Join(',', slugs))}";

    /// <summary>An import job's page: its progress, then its report.</summary>
    public static string BulkJob(string id) => $"{BulkJobs}/{Uri.EscapeDataString(id)}";

    /// <summary>A job's refused rows as CSV, filtered as its page shows them.</summary>
    public static string BulkJobRefusedRows(string id, string query) => $"{BulkJobs}/{Uri.EscapeDataString(id)}/refused-rows.csv{query}";

    /// <summary>The configuration page of an object of the given kind, or null when it has none.</summary>
    public static string? Of(Type kind, int id)
    {
        if (kind == typeof(ClusterMobilitySettings))
        {
            return MobilitySettings;
        }

        var list = ListOf.TryGetValue(kind, out var url) ? url : CatalogKind.All.FirstOrDefault(k => k.EntityType == kind)?.ListUrl;
        return list is null ? null : Edit(list, id);
    }

    private static readonly Dictionary<Type, string> ListOf = new()
    {
        [typeof(Site)] = Sites,
        [typeof(DevicePool)] = DevicePools,
        [typeof(DeviceMobilityInfo)] = DeviceMobilityInfos,
        [typeof(EndUser)] = EndUsers,
        [typeof(Phone)] = Phones,
        [typeof(DirectoryNumber)] = DirectoryNumbers,
        [typeof(RemoteDestinationProfile)] = RemoteDestinationProfiles,
        [typeof(RemoteDestination)] = RemoteDestinations,
        [typeof(AccessList)] = AccessLists,
        [typeof(MobilityProfile)] = MobilityProfiles,
    };
}
