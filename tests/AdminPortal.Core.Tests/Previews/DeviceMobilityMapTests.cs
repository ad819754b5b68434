using System.Net;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Previews;

namespace AdminPortal.Core.Tests.Previews;

/// <summary>The longest-prefix look-up and the subnet map of <see cref="DeviceMobilityMap"/>.</summary>
public sealed class DeviceMobilityMapTests
{
    private static DeviceMobilityMap MapOf(params (string Subnet, int Mask)[] prefixes) =>
        DeviceMobilityMap.Build(1, SystemDeviceMobilityMode.On,
            prefixes.Select((p, i) => new DmiRow(i + 1, $"{p.Subnet}/{p.Mask}", p.Subnet, p.Mask, [1])), []);

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void Longest_RandomPrefixesAndAddresses_AgreesWithAScanOfEverySubnet(int family)
    {
        var random = new Random(family * 7919);
        var bytes = family == 4 ? 4 : 16;
        var prefixes = new List<(string, int)>();
        var subnets = new List<IpSubnet>();
        // Few distinct leading bits, so prefixes nest and overlap a lot.
        for (var i = 0; i < 2_000; i++)
        {
            var raw = new byte[bytes];
            random.NextBytes(raw);
            raw[0] = (byte)(10 + random.Next(3));
            var mask = random.Next(0, (bytes * 8) + 1);
            var network = IpSubnet.NetworkAddress(new IPAddress(raw), mask);
            if (subnets.Any(s => s.MaskSize == mask && s.Network.Equals(network)))
            {
                continue;
            }

            subnets.Add(new IpSubnet(network, mask));
            prefixes.Add((network.ToString(), mask));
        }

        var map = MapOf([.. prefixes]);
        for (var i = 0; i < 2_000; i++)
        {
            var raw = new byte[bytes];
            random.NextBytes(raw);
            raw[0] = (byte)(10 + random.Next(4));
            var address = new IPAddress(raw);

            var containing = subnets.Where(s => s.Contains(address)).OrderByDescending(s => s.MaskSize).Select(s => $"{s.Network}/{s.MaskSize}").ToList();

            Assert.Equal(containing.FirstOrDefault(), map.Longest(address)?.Name);
            Assert.Equal(containing, map.Containing(address).Select(d => d.Name));
        }
    }

    [Fact]
    public void Longest_HostRoutesAndTheCatchAll_AreBothEnds()
    {
        var map = MapOf(("0.0.0.0", 0), ("10.0.0.7", 32), ("::", 0), ("2001:db8::7", 128));

        Assert.Equal("10.0.0.7/32", map.Longest(IPAddress.Parse("10.0.0.7"))?.Name);
        Assert.Equal("0.0.0.0/0", map.Longest(IPAddress.Parse("10.0.0.8"))?.Name);
        Assert.Equal("2001:db8::7/128", map.Longest(IPAddress.Parse("2001:db8::7"))?.Name);
        Assert.Equal("::/0", map.Longest(IPAddress.Parse("2001:db8::8"))?.Name);
    }

    [Fact]
    public void Longest_OtherFamily_NeverMatches()
    {
        var map = MapOf(("10.0.0.0", 8));

        Assert.Null(map.Longest(IPAddress.Parse("2001:db8::1")));
    }

    [Fact]
    public void SubnetMap_NestedPrefixes_FormsATreeInAddressOrder()
    {
        var map = MapOf(("10.20.0.0", 16), ("0.0.0.0", 0), ("10.0.0.0", 8), ("10.1.0.0", 16), ("10.1.2.0", 24), ("2001:db8::", 32));

        var tree = map.SubnetMap();

        Assert.Equal(["0.0.0.0/0", "2001:db8::/32"], tree.Select(n => n.Prefix));
        var ten = Assert.Single(tree[0].Children);
        Assert.Equal("10.0.0.0/8", ten.Prefix);
        Assert.Equal(["10.1.0.0/16", "10.20.0.0/16"], ten.Children.Select(n => n.Prefix));
        Assert.Equal("10.1.2.0/24", Assert.Single(ten.Children[0].Children).Prefix);
        Assert.All(Flatten(tree), n => Assert.False(n.IsShadowed));
    }

    [Fact]
    public void SubnetMap_DmiCoveredByMoreSpecificOnes_IsFlaggedShadowed()
    {
        // 10.0.0.0/8 = 10.0.0.0/9 + 10.128.0.0/10 + 10.192.0.0/10: never the longest match. 172.16.0.0/12 has a gap.
        var map = MapOf(("10.0.0.0", 8), ("10.0.0.0", 9), ("10.128.0.0", 10), ("10.192.0.0", 10), ("10.0.1.0", 24),
            ("172.16.0.0", 12), ("172.16.0.0", 13), ("172.28.0.0", 14));

        var nodes = Flatten(map.SubnetMap()).ToDictionary(n => n.Prefix);

        Assert.True(nodes["10.0.0.0/8"].IsShadowed);
        Assert.False(nodes["10.0.0.0/9"].IsShadowed);
        Assert.False(nodes["172.16.0.0/12"].IsShadowed);
        Assert.Equal(3, nodes["10.0.0.0/8"].Children.Count);
    }

    [Fact]
    public void SubnetMap_CatchAllCoveredByTwoHalves_IsShadowed()
    {
        var map = MapOf(("0.0.0.0", 0), ("0.0.0.0", 1), ("128.0.0.0", 1));

        Assert.True(Assert.Single(map.SubnetMap()).IsShadowed);
    }

    private static IEnumerable<SubnetMapNode> Flatten(IEnumerable<SubnetMapNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
