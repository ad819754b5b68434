using AdminPortal.Core.Cluster;
using AdminPortal.Core.Previews;

namespace AdminPortal.Core.Tests.Previews;

/// <summary>
/// A configuration for the device mobility scenario table, built in memory: pools that differ in physical location
/// and device mobility group, and DMIs that exercise every branch of reference section 2.
/// </summary>
public static class DeviceMobilityScenarios
{
    public const int P1 = 1, P2 = 2, P3 = 3, P4 = 4, G1 = 11, G2 = 12;

    public static readonly PoolSettings Home = Pool(1, "HOME_DP", P1, G1, "SJ");
    public static readonly PoolSettings HomeNoLocation = Pool(2, "HOME_NOPL_DP", null, G1, "SJ");
    public static readonly PoolSettings HomeNoGroup = Pool(3, "HOME_NOGROUP_DP", P1, null, "SJ");
    public static readonly PoolSettings SameLocation = Pool(4, "SAMEPL_DP", P1, G1, "SJ2");
    public static readonly PoolSettings NoLocation = Pool(5, "NOPL_DP", null, G1, "VPN");
    public static readonly PoolSettings SameGroup = Pool(6, "RTP_DP", P2, G1, "RTP");
    public static readonly PoolSettings OtherGroup = Pool(7, "LON_DP", P3, G2, "LON");
    public static readonly PoolSettings NoGroup = Pool(8, "GUEST_DP", P4, null, "GUEST");

    public static IReadOnlyList<PoolSettings> Pools { get; } = [Home, HomeNoLocation, HomeNoGroup, SameLocation, NoLocation, SameGroup, OtherGroup, NoGroup];

    /// <summary>The DMIs; <paramref name="reversed"/> gives them ids in the opposite order (another order of creation).</summary>
    public static IReadOnlyList<DmiRow> Dmis(bool catchAll = false, bool reversed = false)
    {
        List<(string Name, string Subnet, int Mask, PoolSettings[] Pools)> rows =
        [
            ("home_dmi", "10.1.0.0", 16, [Home]),
            ("nested_dmi", "10.1.2.0", 24, [SameGroup]),
            ("samepl_dmi", "10.2.0.0", 16, [SameLocation]),
            ("nopl_dmi", "10.3.0.0", 16, [NoLocation]),
            ("samegroup_dmi", "10.4.0.0", 16, [SameGroup]),
            ("othergroup_dmi", "10.5.0.0", 16, [OtherGroup]),
            ("nogroup_dmi", "10.6.0.0", 16, [NoGroup]),
            ("multi_dmi", "10.7.0.0", 16, [SameGroup, OtherGroup]),
            ("multi_home_dmi", "10.8.0.0", 16, [OtherGroup, Home]),
            ("v6_wide_dmi", "2001:db8::", 32, [OtherGroup]),
            ("v6_narrow_dmi", "2001:db8:30::", 48, [SameGroup]),
            ("v6_home_dmi", "2001:db8:40::", 48, [Home]),
        ];
        if (catchAll)
        {
            rows.Add(("catchall_v4", "0.0.0.0", 0, [NoGroup]));
            rows.Add(("catchall_v6", "::", 0, [OtherGroup]));
        }

        return [.. rows.Select((r, i) => new DmiRow(reversed ? 100 - i : i + 1, r.Name, r.Subnet, r.Mask, [.. r.Pools.Select(p => p.Id)]))];
    }

    public static DeviceMobilityMap Map(SystemDeviceMobilityMode cluster = SystemDeviceMobilityMode.On, bool catchAll = false, bool reversed = false) =>
        DeviceMobilityMap.Build(1, cluster, Dmis(catchAll, reversed), Pools);

    public static PoolSettings Named(string name) => Pools.Single(p => p.Name == name);

    /// <summary>A pool whose every setting is named after its site, so a value says which pool it came from.</summary>
    private static PoolSettings Pool(int id, string name, int? physicalLocation, int? group, string site) => new(
        id, name, physicalLocation, group,
        $"{site}_dt", $"{site}_region", $"{site}_mrgl", $"{site}_loc", $"{site}_locale", $"{site}_srst",
        physicalLocation is null ? null : $"phyloc{physicalLocation}",
        group is null ? null : $"dmg{group}",
        id * 10,
        $"{site}_lrg", $"{site}_dmcss", $"{site}_aarcss", $"{site}_aar", $"{site}_xform");
}
