using System.Net;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.Previews;

/// <summary>
/// The Device Mobility Infos and device pools of one configuration version, immutable: a <see cref="SubnetTrie"/>
/// per address family for the longest-prefix look-up (SRND L345) and the pools by id and name. Built once per
/// version by <see cref="DeviceMobilityPreviewService"/> and shared by every request and thread.
/// </summary>
public sealed class DeviceMobilityMap
{
    private readonly DmiRow[] _dmis;
    private readonly SubnetTrie _ipv4;
    private readonly SubnetTrie _ipv6;
    private readonly Dictionary<int, PoolSettings> _pools;
    private readonly Dictionary<string, PoolSettings> _poolsByName;

    private DeviceMobilityMap(long version, SystemDeviceMobilityMode clusterMode, DmiRow[] dmis, SubnetTrie ipv4, SubnetTrie ipv6, IEnumerable<PoolSettings> pools)
    {
        Version = version;
        ClusterMode = clusterMode;
        _dmis = dmis;
        _ipv4 = ipv4;
        _ipv6 = ipv6;
        _pools = pools.ToDictionary(p => p.Id);
        _poolsByName = _pools.Values.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The configuration version (<see cref="Data.ClusterGuard.WriteSequence"/>) the map was read at.</summary>
    public long Version { get; }

    /// <summary>The cluster's Device Mobility Mode, which phones on Default follow.</summary>
    public SystemDeviceMobilityMode ClusterMode { get; }

    public int DeviceMobilityInfoCount => _dmis.Length;

    /// <summary>Every device pool's name, in order: the home pools a preview can start from.</summary>
    public IReadOnlyList<string> PoolNames => [.. _poolsByName.Keys.Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// Builds the map. A DMI whose subnet does not parse is left out (the store never saves one); a mask size of 0
    /// is the catch-all of its family (0.0.0.0/0, ::/0, SRND L417).
    /// </summary>
    public static DeviceMobilityMap Build(long version, SystemDeviceMobilityMode clusterMode, IEnumerable<DmiRow> dmis, IEnumerable<PoolSettings> pools)
    {
        var kept = new List<DmiRow>();
        var ipv4 = new List<(UInt128, int, int)>();
        var ipv6 = new List<(UInt128, int, int)>();
        foreach (var dmi in dmis.OrderBy(d => d.Id))
        {
            if (!IpSubnet.TryParseAddress(dmi.Subnet, out var network))
            {
                continue;
            }

            var (isIPv6, bits) = AddressBits.Of(network, asWritten: true);
            if (!DmiSubnets.MaskSizeInRange(dmi.Subnet, dmi.MaskSize))
            {
                continue;
            }

            (isIPv6 ? ipv6 : ipv4).Add((bits, dmi.MaskSize, kept.Count));
            kept.Add(dmi);
        }

        return new DeviceMobilityMap(version, clusterMode, [.. kept], SubnetTrie.Build(32, ipv4), SubnetTrie.Build(128, ipv6), pools);
    }

    /// <summary>The DMI with the longest prefix containing the address, or null.</summary>
    public DmiRow? Longest(IPAddress address)
    {
        var (isIPv6, bits) = AddressBits.Of(address);
        var entry = (isIPv6 ? _ipv6 : _ipv4).Longest(bits);
        return entry < 0 ? null : _dmis[entry];
    }

    /// <summary>Every DMI containing the address, most specific first (the first is <see cref="Longest"/>).</summary>
    public IReadOnlyList<DmiRow> Containing(IPAddress address)
    {
        var (isIPv6, bits) = AddressBits.Of(address);
        Span<int> entries = stackalloc int[129];
        var count = (isIPv6 ? _ipv6 : _ipv4).Containing(bits, entries);
        var found = new DmiRow[count];
        for (var i = 0; i < count; i++)
        {
            found[i] = _dmis[entries[count - 1 - i]];
        }

        return found;
    }

    public PoolSettings? Pool(int id) => _pools.GetValueOrDefault(id);

    public PoolSettings? PoolNamed(string name) => _poolsByName.GetValueOrDefault(name);

    /// <summary>The DMIs as a tree of nested prefixes, IPv4 first, each family in address order.</summary>
    public IReadOnlyList<SubnetMapNode> SubnetMap()
    {
        SubnetMapNode Make(int entry, bool shadowed, IReadOnlyList<SubnetMapNode> children)
        {
            var dmi = _dmis[entry];
            return new SubnetMapNode(dmi.Id, dmi.Name, dmi.Prefix, shadowed, children);
        }

        return [.. _ipv4.Nesting<SubnetMapNode>(Make), .. _ipv6.Nesting<SubnetMapNode>(Make)];
    }
}
