namespace AdminPortal.Core.Previews;

/// <summary>
/// A device pool as the device mobility preview needs it: the ids that decide roaming (physical location, device
/// mobility group) and the names of every roaming-sensitive and device-mobility-related setting (null = None).
/// </summary>
public sealed record PoolSettings(
    int Id,
    string Name,
    int? PhysicalLocationId,
    int? DeviceMobilityGroupId,
    string? DateTimeGroup,
    string? Region,
    string? MediaResourceGroupList,
    string? Location,
    string? NetworkLocale,
    string? SrstReference,
    string? PhysicalLocation,
    string? DeviceMobilityGroup,
    int ConnectionMonitorDuration,
    string? LocalRouteGroup,
    string? DeviceMobilityCss,
    string? AarCss,
    string? AarGroup,
    string? CallingPartyTransformationCss);
