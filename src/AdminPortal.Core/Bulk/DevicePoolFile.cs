using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The device pools file. BAT has no device pool transaction, so its headers are AXL's <c>XDevicePool</c> names in
/// upper case with spaces (<c>DEVICE POOL NAME</c>, <c>CALL MANAGER GROUP NAME</c>, …), plus the portal's site.
/// </summary>
public sealed class DevicePoolFile : BulkFileOf<AxlDevicePool, DevicePool>
{
    private static readonly BulkColumn Name = new("DEVICE POOL NAME") { Required = true };
    private static readonly BulkColumn Site = new("SITE NAME");
    private static readonly BulkColumn CallManagerGroup = new("CALL MANAGER GROUP NAME");
    private static readonly BulkColumn DateTimeSetting = new("DATE TIME SETTING NAME");
    private static readonly BulkColumn Region = new("REGION NAME");
    private static readonly BulkColumn Srst = new("SRST NAME");
    private static readonly BulkColumn MediaResourceList = new("MEDIA RESOURCE LIST NAME");
    private static readonly BulkColumn Location = new("LOCATION NAME");
    private static readonly BulkColumn NetworkLocale = new("NETWORK LOCALE");
    private static readonly BulkColumn PhysicalLocation = new("PHYSICAL LOCATION NAME");
    private static readonly BulkColumn DeviceMobilityGroup = new("DEVICE MOBILITY GROUP NAME");
    private static readonly BulkColumn MobilityCss = new("MOBILITY CSS NAME");
    private static readonly BulkColumn AarCss = new("AUTOMATED ALTERNATE ROUTING CSS NAME");
    private static readonly BulkColumn AarNeighborhood = new("AAR NEIGHBORHOOD NAME");
    private static readonly BulkColumn CgpnTransformationCss = new("CGPN TRANSFORMATION CSS NAME");
    private static readonly BulkColumn LocalRouteGroup = new("LOCAL ROUTE GROUP NAME");
    private static readonly BulkColumn ConnectionMonitorDuration = new("CONNECTION MONITOR DURATION");

    public override IReadOnlyList<BulkColumn> Columns { get; } =
    [
        Name, Site, CallManagerGroup, DateTimeSetting, Region, Srst, MediaResourceList, Location, NetworkLocale, PhysicalLocation,
        DeviceMobilityGroup, MobilityCss, AarCss, AarNeighborhood, CgpnTransformationCss, LocalRouteGroup, ConnectionMonitorDuration,
    ];

    public override BulkColumn KeyColumn => Name;

    protected override void Write(AxlDevicePool p, BulkLine line) =>
        line.Add(p.Name).Add(p.SiteName).Add(p.CallManagerGroupName).Add(p.DateTimeSettingName).Add(p.RegionName).Add(p.SrstName)
            .Add(p.MediaResourceListName).Add(p.LocationName).Add(p.NetworkLocale).Add(p.PhysicalLocationName).Add(p.DeviceMobilityGroupName)
            .Add(p.MobilityCssName).Add(p.AutomatedAlternateRoutingCssName).Add(p.AarNeighborhoodName).Add(p.CgpnTransformationCssName)
            .Add(p.LocalRouteGroupName).Add(p.ConnectionMonitorDuration);

    protected override AxlDevicePool ReadRow(BulkCells cells) => new()
    {
        Name = cells.Required(Name),
        SiteName = cells.Text(Site),
        CallManagerGroupName = cells.Text(CallManagerGroup) ?? "",
        DateTimeSettingName = cells.Text(DateTimeSetting) ?? "",
        RegionName = cells.Text(Region) ?? "",
        SrstName = cells.Text(Srst) ?? "",
        MediaResourceListName = cells.Text(MediaResourceList),
        LocationName = cells.Text(Location),
        NetworkLocale = cells.Text(NetworkLocale),
        PhysicalLocationName = cells.Text(PhysicalLocation),
        DeviceMobilityGroupName = cells.Text(DeviceMobilityGroup),
        MobilityCssName = cells.Text(MobilityCss),
        AutomatedAlternateRoutingCssName = cells.Text(AarCss),
        AarNeighborhoodName = cells.Text(AarNeighborhood),
        CgpnTransformationCssName = cells.Text(CgpnTransformationCss),
        LocalRouteGroupName = cells.Text(LocalRouteGroup),
        ConnectionMonitorDuration = cells.Number(ConnectionMonitorDuration, -1),
    };
}
