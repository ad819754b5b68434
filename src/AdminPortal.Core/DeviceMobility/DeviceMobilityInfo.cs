using AdminPortal.Core.Common;

namespace AdminPortal.Core.DeviceMobility;

/// <summary>Device Mobility Info (<c>XDeviceMobility</c>): an IP subnet and the device pools that serve it.</summary>
public sealed class DeviceMobilityInfo : Entity
{
    public string Name { get; set; } = "";

    /// <summary>IPv4 or IPv6 network address, host bits zero.</summary>
    public string Subnet { get; set; } = "";

    /// <summary>R10: see <see cref="Rules.DmiSubnets"/> for the sizes accepted.</summary>
    public int SubnetMaskSize { get; set; }

    public List<DeviceMobilityInfoDevicePool> DevicePools { get; set; } = [];

    public override void ArrangeParts() => DevicePools.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));

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
