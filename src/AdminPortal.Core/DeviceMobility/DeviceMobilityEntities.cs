using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.DeviceMobility;

/// <summary>Where a device pool's devices physically are (SRND L333).</summary>
public sealed class PhysicalLocation : NamedEntity;

/// <summary>Sites with the same dialing habits, e.g. US_dmg, EUR_dmg (SRND L332, L398).</summary>
public sealed class DeviceMobilityGroup : NamedEntity;

/// <summary>A site as the design guide reasons about it (portal concept; Unified CM has no site object).</summary>
public sealed class Site : NamedEntity
{
    /// <summary>The digits users dial for an outside line, e.g. 9 or 0.</summary>
    public string? PstnAccessCode { get; set; }

    /// <summary>The site's one physical location (R1).</summary>
    public int? PhysicalLocationId { get; set; }

    public PhysicalLocation? PhysicalLocation { get; set; }
}

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

/// <summary>Device Mobility Info (<c>XDeviceMobility</c>): an IP subnet and the device pools that serve it.</summary>
public sealed class DeviceMobilityInfo : Entity
{
    public string Name { get; set; } = "";

    /// <summary>IPv4 or IPv6 network address, host bits zero.</summary>
    public string Subnet { get; set; } = "";

    /// <summary>1-32 for IPv4, 1-128 for IPv6.</summary>
    public int SubnetMaskSize { get; set; }

    public List<DeviceMobilityInfoDevicePool> DevicePools { get; set; } = [];

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Subnet = Subnet?.Trim() ?? "";
        if (IpSubnet.TryParseAddress(Subnet, out var address))
        {
            Subnet = IpSubnet.Canonical(address);
        }

        for (var i = 0; i < DevicePools.Count; i++)
        {
            DevicePools[i].SortOrder = i;
        }
    }
}

/// <summary>One device pool of a Device Mobility Info, in the administrator's order.</summary>
public sealed class DeviceMobilityInfoDevicePool : Entity
{
    public int DeviceMobilityInfoId { get; set; }

    public DeviceMobilityInfo? DeviceMobilityInfo { get; set; }

    public int DevicePoolId { get; set; }

    public DevicePool? DevicePool { get; set; }

    public int SortOrder { get; set; }
}
