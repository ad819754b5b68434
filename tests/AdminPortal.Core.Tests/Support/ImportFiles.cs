using AdminPortal.Core.Bulk;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Tests.Support;

/// <summary>
/// Import files built from AXL resources, numbered as a spreadsheet shows them (the header is row 1, so the first
/// resource is row 2); the CSV column of a field is its upper-case name, as the reader's columns would say it.
/// </summary>
public static class ImportFiles
{
    public static string Column(string field) => field.ToUpperInvariant();

    public static ImportFile<AxlRemoteDestination, RemoteDestination> Destinations(params AxlRemoteDestination[] rows) =>
        new("remoteDestinations.csv", rows.Select((r, i) => new ImportRow<AxlRemoteDestination>(i + 2, BulkAction.AddOrUpdate, r.Destination, r, [])).ToList(), Column);

    /// <summary>Rows with ACTION add: a number already stored is refused (R4) rather than updated.</summary>
    public static ImportFile<AxlRemoteDestination, RemoteDestination> DestinationsAdded(params AxlRemoteDestination[] rows) =>
        new("remoteDestinations.csv", rows.Select((r, i) => new ImportRow<AxlRemoteDestination>(i + 2, BulkAction.Add, r.Destination, r, [])).ToList(), Column);

    public static ImportFile<AxlEndUser, EndUser> Users(params AxlEndUser[] rows) =>
        new("endUsers.csv", rows.Select((r, i) => new ImportRow<AxlEndUser>(i + 2, BulkAction.AddOrUpdate, r.Userid, r, [])).ToList(), Column);

    public static ImportFile<AxlRemoteDestinationProfile, RemoteDestinationProfile> Profiles(params AxlRemoteDestinationProfile[] rows) =>
        new("remoteDestinationProfiles.csv", rows.Select((r, i) => new ImportRow<AxlRemoteDestinationProfile>(i + 2, BulkAction.AddOrUpdate, r.Name, r, [])).ToList(), Column);

    public static ImportFile<AxlDeviceMobilityInfo, DeviceMobilityInfo> Dmis(params AxlDeviceMobilityInfo[] rows) =>
        new("deviceMobilityInfos.csv", rows.Select((r, i) => new ImportRow<AxlDeviceMobilityInfo>(i + 2, BulkAction.AddOrUpdate, r.Name, r, [])).ToList(), Column);

    public static AxlRemoteDestination Destination(string owner, string number, string? profile = null) => new()
    {
        Name = $"{owner} {number.TrimStart('+')}",
        Destination = number,
        OwnerUserId = owner,
        RemoteDestinationProfileName = profile ?? $"{owner.ToUpperInvariant()}_RDP",
    };

    public static AxlEndUser User(string userId, int limit = EndUser.DefaultRemoteDestinationLimit) => new()
    {
        Userid = userId,
        LastName = userId,
        EnableMobility = true,
        RemoteDestinationLimit = limit,
    };

    public static AxlRemoteDestinationProfile Profile(string userId, string devicePool) => new()
    {
        Name = $"{userId.ToUpperInvariant()}_RDP",
        UserId = userId,
        DevicePoolName = devicePool,
    };
}
