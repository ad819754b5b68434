using System.Net;
using AdminPortal.Core.Common;
using AdminPortal.Core.Previews;

namespace AdminPortal.Benchmarks.Previews;

/// <summary>
/// 10,000 Device Mobility Infos like a large enterprise's (three quarters IPv4 in the private ranges, nested
/// /8-/30; a quarter IPv6 /32-/64 in 2001:db8::/32; the two catch-alls), 100 pools, and 1,000 phone addresses
/// near them. Deterministic.
/// </summary>
public static class DmiFixture
{
    public static (List<DmiRow> Dmis, List<PoolSettings> Pools) Configuration(int count = 10_000)
    {
        var random = new Random(2026);
        var pools = Enumerable.Range(1, 100).Select(i => new PoolSettings(i, $"DP{i:D3}", random.Next(0, 4) == 0 ? null : i % 40, random.Next(0, 5) == 0 ? null : i % 5,
            $"dt{i}", $"region{i}", $"mrgl{i}", $"loc{i}", $"locale{i}", $"srst{i}", $"phyloc{i % 40}", $"dmg{i % 5}", -1, $"lrg{i}", $"dmcss{i}", $"aarcss{i}", $"aar{i}", $"xform{i}")).ToList();
        var seen = new HashSet<string>();
        var dmis = new List<DmiRow> { new(1, "catch_all_v4", "0.0.0.0", 0, [1]), new(2, "catch_all_v6", "::", 0, [1]) };
        while (dmis.Count < count)
        {
            var v6 = random.Next(4) == 0;
            var raw = Address(random, v6);
            var mask = v6 ? random.Next(32, 65) : random.Next(8, 31);
            var network = IpSubnet.NetworkAddress(raw, mask);
            if (seen.Add($"{network}/{mask}"))
            {
                var poolCount = random.Next(10) == 0 ? 2 : 1;
                dmis.Add(new DmiRow(dmis.Count + 1, $"dmi{dmis.Count:D5}", network.ToString(), mask, [.. Enumerable.Range(0, poolCount).Select(_ => random.Next(1, 101))]));
            }
        }

        return (dmis, pools);
    }

    public static IPAddress[] Addresses(int count = 1_000)
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, count).Select(_ => Address(random, random.Next(4) == 0))];
    }

    private static IPAddress Address(Random random, bool v6)
    {
        if (v6)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            bytes[0] = 0x20;
            bytes[1] = 0x01;
            bytes[2] = 0x0d;
            bytes[3] = 0xb8;
            // A few hundred /48s, so prefixes nest.
            bytes[4] = (byte)random.Next(2);
            bytes[5] = (byte)random.Next(256);
            return new IPAddress(bytes);
        }

        var v4 = new byte[4];
        random.NextBytes(v4);
        switch (random.Next(3))
        {
            case 0:
                v4[0] = 10;
                v4[1] = (byte)random.Next(64);
                break;
            case 1:
                v4[0] = 172;
                v4[1] = (byte)(16 + random.Next(16));
                break;
            default:
                v4[0] = 192;
                v4[1] = 168;
                break;
        }

        return new IPAddress(v4);
    }
}
