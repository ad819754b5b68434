using System.Linq.Expressions;
using System.Net.Sockets;
using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// A Device Mobility Info as AXL's <c>XDeviceMobility</c> names it, its subnet flattened: either
/// <c>ipv4Subnet</c> and <c>ipv4SubNetMaskSz</c> or <c>ipv6Subnet</c> and
/// <c>ipv6SubNetMaskSz</c>; its device pools in order.
/// </summary>
public sealed record AxlDeviceMobilityInfo : IAxlResource<AxlDeviceMobilityInfo, DeviceMobilityInfo>
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? Ipv4Subnet { get; init; }

    public int? Ipv4SubNetMaskSz { get; init; }

    public string? Ipv6Subnet { get; init; }

    public int? Ipv6SubNetMaskSz { get; init; }

    public required IReadOnlyList<string> DevicePoolNames { get; init; }

    public static Expression<Func<DeviceMobilityInfo, string>> Key => d => d.Name;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["name"] = (Expression<Func<DeviceMobilityInfo, string>>)(d => d.Name),
        ["subnet"] = (Expression<Func<DeviceMobilityInfo, string>>)(d => d.Subnet),
    };

    public static IQueryable<DeviceMobilityInfo> Including(IQueryable<DeviceMobilityInfo> query) =>
        query.Include(d => d.DevicePools).ThenInclude(p => p.DevicePool);

    public static AxlDeviceMobilityInfo From(DeviceMobilityInfo d)
    {
        var v6 = IpSubnet.TryParseAddress(d.Subnet, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
        return new()
        {
            Id = d.Id,
            Name = d.Name,
            Ipv4Subnet = v6 ? null : d.Subnet,
            Ipv4SubNetMaskSz = v6 ? null : d.SubnetMaskSize,
            Ipv6Subnet = v6 ? d.Subnet : null,
            Ipv6SubNetMaskSz = v6 ? d.SubnetMaskSize : null,
            DevicePoolNames = [.. d.DevicePools.OrderBy(p => p.SortOrder).Select(p => p.DevicePool!.Name)],
        };
    }

    public async Task<DeviceMobilityInfo> ToEntityAsync(ReferenceNames names, CancellationToken cancellation)
    {
        var v6 = Ipv6Subnet is not null || Ipv6SubNetMaskSz is not null;
        if (v6 && (Ipv4Subnet is not null || Ipv4SubNetMaskSz is not null))
        {
            names.Refuse("ipv6Subnet", "A Device Mobility Info has one subnet: give ipv4Subnet and ipv4SubNetMaskSz, or ipv6Subnet and ipv6SubNetMaskSz.");
        }

        var info = new DeviceMobilityInfo
        {
            Id = Id,
            Name = Name,
            Subnet = (v6 ? Ipv6Subnet : Ipv4Subnet) ?? "",
            SubnetMaskSize = (v6 ? Ipv6SubNetMaskSz : Ipv4SubNetMaskSz) ?? -1,
        };
        for (var i = 0; i < DevicePoolNames.Count; i++)
        {
            if (await names.IdAsync<DevicePool>(DevicePoolNames[i], $"devicePoolNames[{i}]", cancellation) is int pool)
            {
                info.DevicePools.Add(new DeviceMobilityInfoDevicePool { DevicePoolId = pool });
            }
        }

        return info;
    }

    /// <remarks>A refusal of the subnet stands under the family's fields the client wrote.</remarks>
    public string FieldOf(string propertyPath)
    {
        var family = Ipv6Subnet is not null || Ipv6SubNetMaskSz is not null ? "ipv6" : "ipv4";
        return AxlFields.Map(propertyPath, new Dictionary<string, string>
        {
            [nameof(DeviceMobilityInfo.Name)] = "name",
            [nameof(DeviceMobilityInfo.Subnet)] = $"{family}Subnet",
            [nameof(DeviceMobilityInfo.SubnetMaskSize)] = $"{family}SubNetMaskSz",
            [nameof(DeviceMobilityInfo.DevicePools)] = "devicePoolNames",
        });
    }
}
