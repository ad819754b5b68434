using System.Linq.Expressions;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// A remote destination profile as AXL's <c>XRemoteDestinationProfile</c> names it; its lines by pattern and
/// partition. The hold music sources are named, not numbered (the portal's catalog of them has names).
/// </summary>
public sealed record AxlRemoteDestinationProfile : IAxlResource<AxlRemoteDestinationProfile, RemoteDestinationProfile>
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string UserId { get; init; }

    public required string DevicePoolName { get; init; }

    public string? CallingSearchSpaceName { get; init; }

    public string? RerouteCallingSearchSpaceName { get; init; }

    public string? CgpnTransformationCssName { get; init; }

    public bool UseDevicePoolCgpnTransformCss { get; init; } = true;

    public string? UserHoldMohAudioSourceName { get; init; }

    public string? NetworkHoldMohAudioSourceName { get; init; }

    public PrivacySetting CallInfoPrivacyStatus { get; init; } = PrivacySetting.Default;

    public DoNotDisturbOption DndOption { get; init; } = DoNotDisturbOption.RingerOff;

    public bool DndStatus { get; init; }

    public bool IgnorePresentationIndicators { get; init; }

    public IReadOnlyList<AxlLine> Lines { get; init; } = [];

    public static Expression<Func<RemoteDestinationProfile, string>> Key => p => p.Name;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["name"] = (Expression<Func<RemoteDestinationProfile, string>>)(p => p.Name),
        ["userId"] = (Expression<Func<RemoteDestinationProfile, string>>)(p => p.User!.UserId),
        ["devicePoolName"] = (Expression<Func<RemoteDestinationProfile, string>>)(p => p.DevicePool!.Name),
    };

    public static IQueryable<RemoteDestinationProfile> Including(IQueryable<RemoteDestinationProfile> query) =>
        query.Include(p => p.User).Include(p => p.DevicePool).Include(p => p.CallingSearchSpace).Include(p => p.ReroutingCallingSearchSpace)
            .Include(p => p.CallingPartyTransformationCss).Include(p => p.UserHoldMohAudioSource).Include(p => p.NetworkHoldMohAudioSource)
            .Include(p => p.Lines).ThenInclude(l => l.DirectoryNumber!).ThenInclude(d => d.Partition);

    public static AxlRemoteDestinationProfile From(RemoteDestinationProfile p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Description = p.Description,
        UserId = p.User?.UserId ?? "",
        DevicePoolName = p.DevicePool?.Name ?? "",
        CallingSearchSpaceName = p.CallingSearchSpace?.Name,
        RerouteCallingSearchSpaceName = p.ReroutingCallingSearchSpace?.Name,
        CgpnTransformationCssName = p.CallingPartyTransformationCss?.Name,
        UseDevicePoolCgpnTransformCss = p.UseDevicePoolCallingPartyTransformationCss,
        UserHoldMohAudioSourceName = p.UserHoldMohAudioSource?.Name,
        NetworkHoldMohAudioSourceName = p.NetworkHoldMohAudioSource?.Name,
        CallInfoPrivacyStatus = p.Privacy,
        DndOption = p.DoNotDisturbOption,
        DndStatus = p.DoNotDisturbStatus,
        IgnorePresentationIndicators = p.IgnorePresentationIndicators,
        Lines = [.. p.Lines.OrderBy(l => l.LineIndex).Select(l => new AxlLine { Pattern = l.DirectoryNumber!.Pattern, RoutePartitionName = l.DirectoryNumber.Partition?.Name })],
    };

    public async Task<RemoteDestinationProfile> ToEntityAsync(ReferenceNames names, CancellationToken cancellation)
    {
        var profile = new RemoteDestinationProfile
        {
            Id = Id,
            Name = Name,
            Description = Description,
            UserId = await names.IdAsync<EndUser>(UserId, "userId", cancellation) ?? 0,
            DevicePoolId = await names.IdAsync<DevicePool>(DevicePoolName, "devicePoolName", cancellation) ?? 0,
            CallingSearchSpaceId = await names.IdAsync<CallingSearchSpace>(CallingSearchSpaceName, "callingSearchSpaceName", cancellation),
            ReroutingCallingSearchSpaceId = await names.IdAsync<CallingSearchSpace>(RerouteCallingSearchSpaceName, "rerouteCallingSearchSpaceName", cancellation),
            CallingPartyTransformationCssId = await names.IdAsync<CallingSearchSpace>(CgpnTransformationCssName, "cgpnTransformationCssName", cancellation),
            UseDevicePoolCallingPartyTransformationCss = UseDevicePoolCgpnTransformCss,
            UserHoldMohAudioSourceId = await names.IdAsync<MohAudioSource>(UserHoldMohAudioSourceName, "userHoldMohAudioSourceName", cancellation),
            NetworkHoldMohAudioSourceId = await names.IdAsync<MohAudioSource>(NetworkHoldMohAudioSourceName, "networkHoldMohAudioSourceName", cancellation),
            Privacy = CallInfoPrivacyStatus,
            DoNotDisturbOption = DndOption,
            DoNotDisturbStatus = DndStatus,
            IgnorePresentationIndicators = IgnorePresentationIndicators,
        };
        for (var i = 0; i < Lines.Count; i++)
        {
            if (await names.DirectoryNumberIdAsync(Lines[i].Pattern, Lines[i].RoutePartitionName, $"lines[{i}]", cancellation) is int line)
            {
                profile.Lines.Add(new RemoteDestinationProfileLine { DirectoryNumberId = line });
            }
        }

        return profile;
    }

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(RemoteDestinationProfile.Name)] = "name",
        [nameof(RemoteDestinationProfile.Description)] = "description",
        [nameof(RemoteDestinationProfile.UserId)] = "userId",
        [nameof(RemoteDestinationProfile.DevicePoolId)] = "devicePoolName",
        [nameof(RemoteDestinationProfile.CallingSearchSpaceId)] = "callingSearchSpaceName",
        [nameof(RemoteDestinationProfile.ReroutingCallingSearchSpaceId)] = "rerouteCallingSearchSpaceName",
        [nameof(RemoteDestinationProfile.CallingPartyTransformationCssId)] = "cgpnTransformationCssName",
        [nameof(RemoteDestinationProfile.UseDevicePoolCallingPartyTransformationCss)] = "useDevicePoolCgpnTransformCss",
        [nameof(RemoteDestinationProfile.UserHoldMohAudioSourceId)] = "userHoldMohAudioSourceName",
        [nameof(RemoteDestinationProfile.NetworkHoldMohAudioSourceId)] = "networkHoldMohAudioSourceName",
        [nameof(RemoteDestinationProfile.Privacy)] = "callInfoPrivacyStatus",
        [nameof(RemoteDestinationProfile.DoNotDisturbOption)] = "dndOption",
        [nameof(RemoteDestinationProfile.DoNotDisturbStatus)] = "dndStatus",
        [nameof(RemoteDestinationProfile.IgnorePresentationIndicators)] = "ignorePresentationIndicators",
        [nameof(RemoteDestinationProfile.Lines)] = "lines",
    };
}
