using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.DeviceMobility;

/// <summary>Device Pool (<c>XDevicePool</c>).</summary>
public sealed class DevicePool : Entity
{
    public string Name { get; set; } = "";

    public override void Normalize() => Name = Name?.Trim() ?? "";

    /// <summary>The site whose devices use this pool (portal concept).</summary>
    public int? SiteId { get; set; }

    public Site? Site { get; set; }

    public int UnifiedCmGroupId { get; set; }

    public UnifiedCmGroup? UnifiedCmGroup { get; set; }

    /// <summary>-1 means the system default.</summary>
    public int ConnectionMonitorDuration { get; set; } = -1;

    public int? LocalRouteGroupId { get; set; }

    public LocalRouteGroup? LocalRouteGroup { get; set; }

    // Roaming Sensitive Settings: taken from the roaming pool whenever a device roams (SRND L357-368).
    public int DateTimeGroupId { get; set; }

    public DateTimeGroup? DateTimeGroup { get; set; }

    public int RegionId { get; set; }

    public Region? Region { get; set; }

    public int? MediaResourceGroupListId { get; set; }

    public MediaResourceGroupList? MediaResourceGroupList { get; set; }

    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    public int? NetworkLocaleId { get; set; }

    public NetworkLocale? NetworkLocale { get; set; }

    public int SrstReferenceId { get; set; }

    public SrstReference? SrstReference { get; set; }

    public int? PhysicalLocationId { get; set; }

    public PhysicalLocation? PhysicalLocation { get; set; }

    public int? DeviceMobilityGroupId { get; set; }

    public DeviceMobilityGroup? DeviceMobilityGroup { get; set; }

    // Device Mobility Related Information: taken from the roaming pool only when roaming within the same
    // device mobility group (SRND L384-391).
    public int? DeviceMobilityCssId { get; set; }

    public CallingSearchSpace? DeviceMobilityCss { get; set; }

    public int? AarCssId { get; set; }

    public CallingSearchSpace? AarCss { get; set; }

    public int? AarGroupId { get; set; }

    public AarGroup? AarGroup { get; set; }

    public int? CallingPartyTransformationCssId { get; set; }

    public CallingSearchSpace? CallingPartyTransformationCss { get; set; }
}
