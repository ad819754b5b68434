using System.Net;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Previews;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Previews.DeviceMobilityScenarios;

namespace AdminPortal.Core.Tests.Previews;

/// <summary>Device mobility assignment: every branch of reference section 2 (SRND L322-417, Figure 21-8).</summary>
public sealed class DeviceMobilityAssignmentTests
{
    public static TheoryData<string, string, DeviceMobilityMode, SystemDeviceMobilityMode, bool, DeviceMobilityOutcome, string?, string?, SettingSource> Table() => new()
    {
        // Modes: Off always off; Default follows the cluster both ways; On whatever the cluster.
        { "10.4.1.1", "HOME_DP", DeviceMobilityMode.Off, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.MobilityOff, "samegroup_dmi", null, SettingSource.Device },
        { "10.4.1.1", "HOME_DP", DeviceMobilityMode.Off, SystemDeviceMobilityMode.Off, false, DeviceMobilityOutcome.MobilityOff, "samegroup_dmi", null, SettingSource.Device },
        { "10.4.1.1", "HOME_DP", DeviceMobilityMode.Default, SystemDeviceMobilityMode.Off, false, DeviceMobilityOutcome.MobilityOff, "samegroup_dmi", null, SettingSource.Device },
        { "10.4.1.1", "HOME_DP", DeviceMobilityMode.Default, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.RoamingSameGroup, "samegroup_dmi", "RTP_DP", SettingSource.RoamingPool },
        { "10.4.1.1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.Off, false, DeviceMobilityOutcome.RoamingSameGroup, "samegroup_dmi", "RTP_DP", SettingSource.RoamingPool },
        // No DMI contains the address: home pool; the catch-all takes it when there is one (IPv4 and IPv6).
        { "192.0.2.1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.NoMatch, null, null, SettingSource.Device },
        { "2001:db9::1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.NoMatch, null, null, SettingSource.Device },
        { "192.0.2.1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, true, DeviceMobilityOutcome.RoamingOtherGroup, "catchall_v4", "GUEST_DP", SettingSource.Device },
        { "2001:db9::1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, true, DeviceMobilityOutcome.RoamingOtherGroup, "catchall_v6", "LON_DP", SettingSource.Device },
        // At home: the matched DMI lists the home pool, alone or among others.
        { "10.1.5.5", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.Home, "home_dmi", null, SettingSource.Device },
        { "10.8.0.9", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.Home, "multi_home_dmi", null, SettingSource.Device },
        { "2001:db8:40::9", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, true, DeviceMobilityOutcome.Home, "v6_home_dmi", null, SettingSource.Device },
        // Nested subnets: the /24 inside the home /16 wins.
        { "10.1.2.5", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.RoamingSameGroup, "nested_dmi", "RTP_DP", SettingSource.RoamingPool },
        { "::ffff:10.1.2.5", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.RoamingSameGroup, "nested_dmi", "RTP_DP", SettingSource.RoamingPool },
        { "2001:db8:30::5", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, true, DeviceMobilityOutcome.RoamingSameGroup, "v6_narrow_dmi", "RTP_DP", SettingSource.RoamingPool },
        { "2001:db8:31::5", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, true, DeviceMobilityOutcome.RoamingOtherGroup, "v6_wide_dmi", "LON_DP", SettingSource.Device },
        // Physical location: same, missing on the roaming pool, missing on both: not roaming.
        { "10.2.0.1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.NotRoaming, "samepl_dmi", null, SettingSource.Device },
        { "10.3.0.1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.NotRoaming, "nopl_dmi", null, SettingSource.Device },
        { "10.3.0.1", "HOME_NOPL_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.NotRoaming, "nopl_dmi", null, SettingSource.Device },
        // Missing on the home pool only: roaming.
        { "10.4.0.1", "HOME_NOPL_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.RoamingSameGroup, "samegroup_dmi", "RTP_DP", SettingSource.RoamingPool },
        // Groups: different; missing on the roaming pool; missing on the home pool; missing on both.
        { "10.5.0.1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.RoamingOtherGroup, "othergroup_dmi", "LON_DP", SettingSource.Device },
        { "10.6.0.1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.RoamingOtherGroup, "nogroup_dmi", "GUEST_DP", SettingSource.Device },
        { "10.4.0.1", "HOME_NOGROUP_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.RoamingOtherGroup, "samegroup_dmi", "RTP_DP", SettingSource.Device },
        { "10.6.0.1", "HOME_NOGROUP_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.RoamingOtherGroup, "nogroup_dmi", "GUEST_DP", SettingSource.RoamingPool },
        // Several pools: the first in the DMI's order.
        { "10.7.0.1", "HOME_DP", DeviceMobilityMode.On, SystemDeviceMobilityMode.On, false, DeviceMobilityOutcome.RoamingSameGroup, "multi_dmi", "RTP_DP", SettingSource.RoamingPool },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Preview_Scenario_FollowsTheGuide(string ip, string home, DeviceMobilityMode mode, SystemDeviceMobilityMode cluster, bool catchAll,
        DeviceMobilityOutcome outcome, string? matched, string? roaming, SettingSource mobilityRelatedSource)
    {
        foreach (var reversed in new[] { false, true })
        {
            var preview = DeviceMobilityAssignment.Preview(Map(cluster, catchAll, reversed), Named(home), mode, IPAddress.Parse(ip));

            Assert.Equal(outcome, preview.Outcome);
            Assert.Equal(matched, preview.MatchedDeviceMobilityInfo);
            Assert.Equal(roaming, preview.RoamingDevicePool);
            Assert.Equal(home, preview.HomeDevicePool);
            Assert.Contains("SRND", preview.Explanation.Replace("feature configuration guide", "SRND", StringComparison.Ordinal), StringComparison.Ordinal);
            var roamingPool = roaming is null ? null : Named(roaming);
            Assert.Equal(DevicePoolSetting.All.Count, preview.Settings.Count);
            foreach (var (setting, row) in DevicePoolSetting.All.Zip(preview.Settings))
            {
                Assert.Equal(setting.Name, row.Name);
                Assert.Equal(setting.Read(Named(home)), row.Home);
                var source = setting.Kind == SettingKind.RoamingSensitive
                    ? (roamingPool is null ? SettingSource.Home : SettingSource.RoamingPool)
                    : mobilityRelatedSource;
                Assert.Equal(source, row.Source);
                Assert.Equal(source switch
                {
                    SettingSource.Home => setting.Read(Named(home)),
                    SettingSource.RoamingPool => setting.Read(roamingPool!),
                    _ => null,
                }, row.Effective);
            }
        }
    }

    [Fact]
    public void Preview_NestedSubnets_ListsEveryContainingDmiMostSpecificFirst()
    {
        var preview = DeviceMobilityAssignment.Preview(Map(catchAll: true), Home, DeviceMobilityMode.On, IPAddress.Parse("10.1.2.200"));

        Assert.Equal(["nested_dmi", "home_dmi", "catchall_v4"], preview.Containing);
    }

    [Fact]
    public void Preview_DmiWithSeveralPools_ListsThemAllAndSaysUnifiedCmRotates()
    {
        var preview = DeviceMobilityAssignment.Preview(Map(), Home, DeviceMobilityMode.On, IPAddress.Parse("10.7.3.3"));

        Assert.Equal(["RTP_DP", "LON_DP"], preview.CandidatePools);
        Assert.Contains("rotates", preview.Note, StringComparison.Ordinal);
        Assert.Contains("With LON_DP the outcome would be RoamingOtherGroup", preview.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_CatchAll_SaysSoWithItsGuideLine()
    {
        var preview = DeviceMobilityAssignment.Preview(Map(catchAll: true), Home, DeviceMobilityMode.On, IPAddress.Parse("198.51.100.7"));

        Assert.Equal("catchall_v4", preview.MatchedDeviceMobilityInfo);
        Assert.Contains("catch-all (0.0.0.0/0)", preview.Note, StringComparison.Ordinal);
        Assert.Contains("SRND L417", preview.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_MobilityOff_StillNamesTheDmiTheAddressFalls()
    {
        var preview = DeviceMobilityAssignment.Preview(Map(SystemDeviceMobilityMode.Off), Home, DeviceMobilityMode.Default, IPAddress.Parse("10.5.0.1"));

        Assert.Equal(DeviceMobilityOutcome.MobilityOff, preview.Outcome);
        Assert.False(preview.MobilityOn);
        Assert.Contains("cluster's Device Mobility Mode is Off", preview.Explanation, StringComparison.Ordinal);
        Assert.All(preview.Settings.Where(s => s.Kind == SettingKind.RoamingSensitive), s => Assert.Equal(s.Home, s.Effective));
    }
}
