using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The Device Mobility Info file (AXL's <c>XDeviceMobility</c> names in upper case): the subnet of one family, then
/// the device pools in order as the numbered group <c>DEVICE POOL NAME 1</c>, <c>DEVICE POOL NAME 2</c>, ….
/// </summary>
public sealed class DeviceMobilityInfoFile : BulkFileOf<AxlDeviceMobilityInfo, DeviceMobilityInfo>
{
    private const string Pools = "devicePools";

    private static readonly BulkColumn Name = new("DEVICE MOBILITY INFO NAME") { Required = true };
    private static readonly BulkColumn Ipv4Subnet = new("IPV4 SUBNET");
    private static readonly BulkColumn Ipv4Mask = new("IPV4 SUBNET MASK SIZE") { Field = "ipv4SubNetMaskSz" };
    private static readonly BulkColumn Ipv6Subnet = new("IPV6 SUBNET");
    private static readonly BulkColumn Ipv6Mask = new("IPV6 SUBNET MASK SIZE");
    private static readonly BulkColumn DevicePool = new("DEVICE POOL NAME") { Group = Pools, Field = "devicePoolNames" };

    public override IReadOnlyList<BulkColumn> Columns { get; } = [Name, Ipv4Subnet, Ipv4Mask, Ipv6Subnet, Ipv6Mask, DevicePool];

    public override BulkColumn KeyColumn => Name;

    protected override IReadOnlyDictionary<string, int> GroupMinimums { get; } = new Dictionary<string, int> { [Pools] = 1 };

    protected override async Task<int> MostItemsAsync(PortalDbContext db, string group, CancellationToken cancellation) =>
        await db.DeviceMobilityInfoDevicePools.GroupBy(p => p.DeviceMobilityInfoId).Select(g => g.Count()).OrderByDescending(c => c).FirstOrDefaultAsync(cancellation);

    protected override void Write(AxlDeviceMobilityInfo d, BulkLine line) =>
        line.Add(d.Name).Add(d.Ipv4Subnet).Add(d.Ipv4SubNetMaskSz).Add(d.Ipv6Subnet).Add(d.Ipv6SubNetMaskSz)
            .AddGroup(Pools, 1, d.DevicePoolNames, (l, pool) => l.Add(pool));

    protected override AxlDeviceMobilityInfo ReadRow(BulkCells cells) => new()
    {
        Name = cells.Required(Name),
        Ipv4Subnet = cells.Text(Ipv4Subnet),
        Ipv4SubNetMaskSz = cells.NumberOrNull(Ipv4Mask),
        Ipv6Subnet = cells.Text(Ipv6Subnet),
        Ipv6SubNetMaskSz = cells.NumberOrNull(Ipv6Mask),
        DevicePoolNames = [.. cells.Items(this, Pools).Select(n => cells.Text(DevicePool, n) ?? "")],
    };
}
