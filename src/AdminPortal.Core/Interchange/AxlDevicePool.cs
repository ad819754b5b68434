using System.Linq.Expressions;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.DeviceMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>A device pool as AXL's <c>XDevicePool</c> names it, plus the portal's site.</summary>
public sealed record AxlDevicePool : IAxlResource<AxlDevicePool, DevicePool>
{
    public int Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The site whose devices use the pool (a portal field).</summary>
    public string? SiteName { get; init; }

    public required string CallManagerGroupName { get; init; }

    public required string DateTimeSettingName { get; init; }

    public required string RegionName { get; init; }

    public required string SrstName { get; init; }

    public string? MediaResourceListName { get; init; }

    public string? LocationName { get; init; }

    public string? NetworkLocale { get; init; }

    public string? PhysicalLocationName { get; init; }

    public string? DeviceMobilityGroupName { get; init; }

    /// <summary>Device Mobility Calling Search Space.</summary>
    public string? MobilityCssName { get; init; }

    public string? AutomatedAlternateRoutingCssName { get; init; }

    /// <summary>AAR Group.</summary>
    public string? AarNeighborhoodName { get; init; }

    public string? CgpnTransformationCssName { get; init; }

    public string? LocalRouteGroupName { get; init; }

    /// <summary>Seconds; -1 is the system default.</summary>
    public int ConnectionMonitorDuration { get; init; } = -1;

    public static Expression<Func<DevicePool, string>> Key => p => p.Name;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["name"] = (Expression<Func<DevicePool, string>>)(p => p.Name),
        ["siteName"] = (Expression<Func<DevicePool, string?>>)(p => p.Site!.Name),
        ["physicalLocationName"] = (Expression<Func<DevicePool, string?>>)(p => p.PhysicalLocation!.Name),
        ["deviceMobilityGroupName"] = (Expression<Func<DevicePool, string?>>)(p => p.DeviceMobilityGroup!.Name),
    };

    public static IQueryable<DevicePool> Including(IQueryable<DevicePool> query) =>
        query.Include(p => p.Site).Include(p => p.UnifiedCmGroup).Include(p => p.DateTimeGroup).Include(p => p.Region).Include(p => p.SrstReference)
            .Include(p => p.MediaResourceGroupList).Include(p => p.Location).Include(p => p.NetworkLocale).Include(p => p.PhysicalLocation)
            .Include(p => p.DeviceMobilityGroup).Include(p => p.DeviceMobilityCss).Include(p => p.AarCss).Include(p => p.AarGroup)
            .Include(p => p.CallingPartyTransformationCss).Include(p => p.LocalRouteGroup);

    public static AxlDevicePool From(DevicePool p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        SiteName = p.Site?.Name,
        CallManagerGroupName = p.UnifiedCmGroup?.Name ?? "",
        DateTimeSettingName = p.DateTimeGroup?.Name ?? "",
        RegionName = p.Region?.Name ?? "",
        SrstName = p.SrstReference?.Name ?? "",
        MediaResourceListName = p.MediaResourceGroupList?.Name,
        LocationName = p.Location?.Name,
        NetworkLocale = p.NetworkLocale?.Name,
        PhysicalLocationName = p.PhysicalLocation?.Name,
        DeviceMobilityGroupName = p.DeviceMobilityGroup?.Name,
        MobilityCssName = p.DeviceMobilityCss?.Name,
        AutomatedAlternateRoutingCssName = p.AarCss?.Name,
        AarNeighborhoodName = p.AarGroup?.Name,
        CgpnTransformationCssName = p.CallingPartyTransformationCss?.Name,
        LocalRouteGroupName = p.LocalRouteGroup?.Name,
        ConnectionMonitorDuration = p.ConnectionMonitorDuration,
    };

    public async Task<DevicePool> ToEntityAsync(ReferenceNames names, CancellationToken cancellation) => new()
    {
        Id = Id,
        Name = Name,
        SiteId = await names.IdAsync<Site>(SiteName, "siteName", cancellation),
        UnifiedCmGroupId = await names.IdAsync<UnifiedCmGroup>(CallManagerGroupName, "callManagerGroupName", cancellation) ?? 0,
        DateTimeGroupId = await names.IdAsync<DateTimeGroup>(DateTimeSettingName, "dateTimeSettingName", cancellation) ?? 0,
        RegionId = await names.IdAsync<Region>(RegionName, "regionName", cancellation) ?? 0,
        SrstReferenceId = await names.IdAsync<SrstReference>(SrstName, "srstName", cancellation) ?? 0,
        MediaResourceGroupListId = await names.IdAsync<MediaResourceGroupList>(MediaResourceListName, "mediaResourceListName", cancellation),
        LocationId = await names.IdAsync<Location>(LocationName, "locationName", cancellation),
        NetworkLocaleId = await names.IdAsync<Catalogs.NetworkLocale>(NetworkLocale, "networkLocale", cancellation),
        PhysicalLocationId = await names.IdAsync<PhysicalLocation>(PhysicalLocationName, "physicalLocationName", cancellation),
        DeviceMobilityGroupId = await names.IdAsync<DeviceMobilityGroup>(DeviceMobilityGroupName, "deviceMobilityGroupName", cancellation),
        DeviceMobilityCssId = await names.IdAsync<CallingSearchSpace>(MobilityCssName, "mobilityCssName", cancellation),
        AarCssId = await names.IdAsync<CallingSearchSpace>(AutomatedAlternateRoutingCssName, "automatedAlternateRoutingCssName", cancellation),
        AarGroupId = await names.IdAsync<AarGroup>(AarNeighborhoodName, "aarNeighborhoodName", cancellation),
        CallingPartyTransformationCssId = await names.IdAsync<CallingSearchSpace>(CgpnTransformationCssName, "cgpnTransformationCssName", cancellation),
        LocalRouteGroupId = await names.IdAsync<LocalRouteGroup>(LocalRouteGroupName, "localRouteGroupName", cancellation),
        ConnectionMonitorDuration = ConnectionMonitorDuration,
    };

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(DevicePool.Name)] = "name",
        [nameof(DevicePool.SiteId)] = "siteName",
        [nameof(DevicePool.UnifiedCmGroupId)] = "callManagerGroupName",
        [nameof(DevicePool.DateTimeGroupId)] = "dateTimeSettingName",
        [nameof(DevicePool.RegionId)] = "regionName",
        [nameof(DevicePool.SrstReferenceId)] = "srstName",
        [nameof(DevicePool.MediaResourceGroupListId)] = "mediaResourceListName",
        [nameof(DevicePool.LocationId)] = "locationName",
        [nameof(DevicePool.NetworkLocaleId)] = "networkLocale",
        [nameof(DevicePool.PhysicalLocationId)] = "physicalLocationName",
        [nameof(DevicePool.DeviceMobilityGroupId)] = "deviceMobilityGroupName",
        [nameof(DevicePool.DeviceMobilityCssId)] = "mobilityCssName",
        [nameof(DevicePool.AarCssId)] = "automatedAlternateRoutingCssName",
        [nameof(DevicePool.AarGroupId)] = "aarNeighborhoodName",
        [nameof(DevicePool.CallingPartyTransformationCssId)] = "cgpnTransformationCssName",
        [nameof(DevicePool.LocalRouteGroupId)] = "localRouteGroupName",
        [nameof(DevicePool.ConnectionMonitorDuration)] = "connectionMonitorDuration",
    };
}
