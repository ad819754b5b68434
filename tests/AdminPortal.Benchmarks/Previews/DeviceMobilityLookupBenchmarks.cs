using System.Net;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Previews;
using AdminPortal.Core.UnifiedMobility;
using BenchmarkDotNet.Attributes;

namespace AdminPortal.Benchmarks.Previews;

/// <summary>
/// Issue 13: device mobility look-up over 10,000 DMIs, per address (each invocation looks up 1,000 addresses),
/// against a linear scan of the same DMIs (the baseline) in the same run; and the whole preview of one address.
/// </summary>
[Config(typeof(PreviewBenchmarkConfig))]
public class DeviceMobilityLookupBenchmarks
{
    private const int Addresses = 1_000;

    private DeviceMobilityMap _map = null!;
    private IPAddress[] _addresses = [];
    private (bool IsIPv6, UInt128 Network, UInt128 Mask, int MaskSize)[] _subnets = [];
    private PoolSettings _home = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (dmis, pools) = DmiFixture.Configuration();
        _map = DeviceMobilityMap.Build(1, SystemDeviceMobilityMode.On, dmis, pools);
        // The scan gets its best chance: every subnet pre-parsed to bits and a mask, no allocation per test.
        _subnets = [.. dmis.Select(d =>
        {
            var (isIPv6, bits) = AddressBits.Of(IPAddress.Parse(d.Subnet));
            var mask = d.MaskSize == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - d.MaskSize);
            return (isIPv6, bits, mask, d.MaskSize);
        })];
        _addresses = DmiFixture.Addresses(Addresses);
        _home = pools[0];
    }

    /// <summary>What a preview without an index would do: test every DMI, keep the longest.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Addresses)]
    public int LinearScan()
    {
        var found = 0;
        foreach (var address in _addresses)
        {
            var (isIPv6, bits) = AddressBits.Of(address);
            var best = -1;
            var bestMask = -1;
            for (var i = 0; i < _subnets.Length; i++)
            {
                ref readonly var subnet = ref _subnets[i];
                if (subnet.IsIPv6 == isIPv6 && subnet.MaskSize > bestMask && (bits & subnet.Mask) == subnet.Network)
                {
                    best = i;
                    bestMask = subnet.MaskSize;
                }
            }

            found += best;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Addresses)]
    public int TrieLongest()
    {
        var found = 0;
        foreach (var address in _addresses)
        {
            found += _map.Longest(address)?.Id ?? -1;
        }

        return found;
    }

    /// <summary>The longest match and every containing DMI, most specific first (what the page lists).</summary>
    [Benchmark(OperationsPerInvoke = Addresses)]
    public int TrieContaining()
    {
        var found = 0;
        foreach (var address in _addresses)
        {
            found += _map.Containing(address).Count;
        }

        return found;
    }

    /// <summary>The whole preview: look-up, outcome, explanation and the settings table.</summary>
    [Benchmark(OperationsPerInvoke = Addresses)]
    public int Preview()
    {
        var found = 0;
        foreach (var address in _addresses)
        {
            found += DeviceMobilityAssignment.Preview(_map, _home, DeviceMobilityMode.On, address).Settings.Count;
        }

        return found;
    }
}
