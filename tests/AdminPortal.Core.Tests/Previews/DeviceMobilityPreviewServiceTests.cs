using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Previews;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.Builders;

namespace AdminPortal.Core.Tests.Previews;

/// <summary>
/// The device mobility preview over a stored configuration: phones and pools by name, bad input, and the map cached
/// per configuration version (rebuilt after any write, shared between concurrent requests).
/// </summary>
public abstract class DeviceMobilityPreviewServiceTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;
    private int _sjPool;
    private int _rtpPool;

    protected DeviceMobilityPreviewServiceTests() => _rules = new RuleFixtures(_database);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var group = await _rules.NamedAsync<DeviceMobilityGroup>("US_dmg");
        _sjPool = await PoolAsync("SJ_DP", await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc"), group);
        _rtpPool = await PoolAsync("RTP_DP", await _rules.NamedAsync<PhysicalLocation>("RTP_phyloc"), group);
        await _rules.SavedAsync(new Phone { Name = "SEP001122334455", DeviceType = DeviceType.CiscoIpPhone8865, DevicePoolId = _sjPool, DeviceMobilityMode = DeviceMobilityMode.On });
        await _rules.SavedAsync(Dmi("RTP_dmi", "10.20.0.0", 16, _rtpPool));
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private async Task<int> PoolAsync(string name, int physicalLocation, int group)
    {
        var pool = await _rules.NewPoolAsync(name);
        pool.PhysicalLocationId = physicalLocation;
        pool.DeviceMobilityGroupId = group;
        return await _rules.SavedAsync(pool);
    }

    [Fact]
    public async Task ForPhone_AddressInAnotherSiteOfTheGroup_RoamsWithTheRoamingPoolsSettings()
    {
        var result = await new DeviceMobilityPreviewService(_database).ForPhoneAsync("SEP001122334455", "10.20.1.1");

        var preview = Assert.IsType<DeviceMobilityPreview>(result.Result);
        Assert.Equal(DeviceMobilityOutcome.RoamingSameGroup, preview.Outcome);
        Assert.Equal(("SJ_DP", "RTP_DP"), (preview.HomeDevicePool, preview.RoamingDevicePool));
        var region = preview.Settings.Single(s => s.Name == "Region");
        Assert.Equal(("SJ_DP_region", "RTP_DP_region", SettingSource.RoamingPool), (region.Home, region.Effective, region.Source));
        Assert.Equal("RTP_phyloc", preview.Settings.Single(s => s.Name == "Physical Location").Effective);
    }

    [Fact]
    public async Task MapAsync_NoWriteInBetween_ReturnsTheSameMap_AndAWriteRebuildsIt()
    {
        var service = new DeviceMobilityPreviewService(_database);
        var first = await service.MapAsync();

        Assert.Same(first, await service.MapAsync());

        await _rules.SavedAsync(Dmi("SJ_in_RTP_dmi", "10.20.5.0", 24, _sjPool));
        var preview = (await service.ForPhoneAsync("SEP001122334455", "10.20.5.5")).Result!;

        Assert.Equal(DeviceMobilityOutcome.Home, preview.Outcome);
        Assert.Equal(["SJ_in_RTP_dmi", "RTP_dmi"], preview.Containing);
        Assert.True((await service.MapAsync()).Version > first.Version);
    }

    [Fact]
    public async Task ForPhone_CatchAllStoredOutsideTheStore_MatchesEveryOtherAddress()
    {
        // R10 on this branch still refuses a mask size of 0, so the catch-all row is written directly, as a bulk load
        // would, and the write is announced the way every write is: the sequence moves.
        var service = new DeviceMobilityPreviewService(_database);
        Assert.Equal(DeviceMobilityOutcome.NoMatch, (await service.ForPhoneAsync("SEP001122334455", "192.0.2.1")).Result!.Outcome);
        await using (var db = _database.CreateDbContext())
        {
            db.DeviceMobilityInfos.Add(Dmi("catch_all_dmi", "0.0.0.0", 0, _rtpPool));
            db.DeviceMobilityInfos.Add(Dmi("catch_all_v6_dmi", "::", 0, _sjPool));
            await db.SaveChangesAsync();
            await ClusterGuard.TakeAsync(db, CancellationToken.None);
        }

        var v4 = (await service.ForPhoneAsync("SEP001122334455", "192.0.2.1")).Result!;
        var v6 = (await service.ForPhoneAsync("SEP001122334455", "2001:db8::1")).Result!;
        var nested = (await service.ForPhoneAsync("SEP001122334455", "10.20.1.1")).Result!;

        Assert.Equal(("catch_all_dmi", DeviceMobilityOutcome.RoamingSameGroup), (v4.MatchedDeviceMobilityInfo, v4.Outcome));
        Assert.Equal(("catch_all_v6_dmi", DeviceMobilityOutcome.Home), (v6.MatchedDeviceMobilityInfo, v6.Outcome));
        Assert.Equal(["RTP_dmi", "catch_all_dmi"], nested.Containing);
        var tree = await service.SubnetMapAsync();
        Assert.Equal(["0.0.0.0/0", "::/0"], tree.Select(n => n.Prefix));
        Assert.Equal("RTP_dmi", Assert.Single(tree[0].Children).Name);
    }

    [Fact]
    public async Task ForPool_ModeDefault_FollowsTheClusterMode()
    {
        var service = new DeviceMobilityPreviewService(_database);

        var off = (await service.ForPoolAsync("sj_dp", DeviceMobilityMode.Default, "10.20.1.1")).Result!;
        RuleFixtures.Saved(await _rules.ChangeSettingsAsync(s => s.DeviceMobilityMode = SystemDeviceMobilityMode.On));
        var on = (await service.ForPoolAsync("SJ_DP", DeviceMobilityMode.Default, "10.20.1.1")).Result!;

        Assert.Equal(DeviceMobilityOutcome.MobilityOff, off.Outcome);
        Assert.Equal(DeviceMobilityOutcome.RoamingSameGroup, on.Outcome);
    }

    [Theory]
    [InlineData("SEP001122334455", "10.20.1", "ip", false)]
    [InlineData("SEP001122334455", "10.20.1.1/24", "ip", false)]
    [InlineData("SEP001122334455", "", "ip", false)]
    [InlineData("", "10.20.1.1", "phone", false)]
    [InlineData("SEPFFFFFFFFFFFF", "10.20.1.1", "phone", true)]
    public async Task ForPhone_BadInput_SaysWhichFieldAndWhy(string phone, string ip, string field, bool notFound)
    {
        var result = await new DeviceMobilityPreviewService(_database).ForPhoneAsync(phone, ip);

        Assert.Null(result.Result);
        Assert.Equal(notFound, result.IsNotFound);
        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task ForPool_UnknownPool_IsNotFound()
    {
        var result = await new DeviceMobilityPreviewService(_database).ForPoolAsync("NOPE_DP", DeviceMobilityMode.On, "10.20.1.1");

        Assert.True(result.IsNotFound);
        Assert.Equal("devicePool", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task MapAsync_RequestsWhileDmisAreSaved_EndOnTheLatestVersionWithEveryDmi()
    {
        var service = new DeviceMobilityPreviewService(_database);
        using var done = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var seen = 0L;
            while (!done.IsCancellationRequested)
            {
                var map = await service.MapAsync();
                Assert.True(map.DeviceMobilityInfoCount >= 1);
                seen = Math.Max(seen, map.Version);
            }

            return seen;
        })).ToList();

        for (var i = 0; i < 10; i++)
        {
            await _rules.SavedAsync(Dmi($"new_{i}_dmi", $"10.{30 + i}.0.0", 16, _rtpPool));
        }

        await done.CancelAsync();
        await Task.WhenAll(readers);
        var latest = await service.MapAsync();
        await using var db = _database.CreateDbContext();
        Assert.Equal(db.ClusterGuards.Single().WriteSequence, latest.Version);
        Assert.Equal(11, latest.DeviceMobilityInfoCount);
        Assert.Equal("new_9_dmi", (await service.ForPhoneAsync("SEP001122334455", "10.39.0.1")).Result!.MatchedDeviceMobilityInfo);
    }
}

public sealed class DeviceMobilityPreviewServiceTests_OnSqlite : DeviceMobilityPreviewServiceTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class DeviceMobilityPreviewServiceTests_OnPostgres : DeviceMobilityPreviewServiceTests<PostgresTestDatabase>;
