using AdminPortal.Core.Common;

namespace AdminPortal.Core.DeviceMobility;

/// <summary>One device pool of a Device Mobility Info, in the administrator's order.</summary>
public sealed class DeviceMobilityInfoDevicePool : Entity
{
    public int DeviceMobilityInfoId { get; set; }

    public DeviceMobilityInfo? DeviceMobilityInfo { get; set; }

    public int DevicePoolId { get; set; }

    public DevicePool? DevicePool { get; set; }

    public int SortOrder { get; set; }
}
