using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Cluster;

/// <summary>The capacity figures and planners of reference section 4 (SRND L207-215, L905, L1439, L2168-2172).</summary>
public abstract class CapacityTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected CapacityTests() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(1, 0, 0, 1)]
    [InlineData(27, 0, 0, 1)]
    [InlineData(28, 0, 0, 2)]
    [InlineData(54, 0, 0, 2)]
    [InlineData(55, 0, 0, 3)]
    [InlineData(0, 8, 0, 1)]
    [InlineData(0, 9, 0, 2)]
    [InlineData(27, 8, 0, 2)]
    [InlineData(14, 4, 0, 2)]
    [InlineData(13, 4, 0, 1)]
    public void WlanPlan_CallsPerChannelCell_27VoiceOr8Video(int voice, int video, int sameAccessPointPercent, int cells)
    {
        var plan = new WlanPlan(voice, video, sameAccessPointPercent);

        Assert.Equal(cells, plan.CellsNeeded);
        Assert.Empty(plan.Problems());
    }

    [Theory]
    [InlineData(27, 0, 100, 54, 2)]
    [InlineData(14, 0, 100, 28, 2)]
    [InlineData(18, 0, 50, 27, 1)]
    [InlineData(0, 4, 100, 8, 1)]
    [InlineData(0, 5, 100, 10, 2)]
    public void WlanPlan_CallsBetweenTwoDevicesOnOneAccessPoint_CountAsTwoStreams(int voice, int video, int sameAccessPointPercent, double streams, int cells)
    {
        var plan = new WlanPlan(voice, video, sameAccessPointPercent);

        Assert.Equal(streams, plan.VoiceStreams + plan.VideoStreams, precision: 9);
        Assert.Equal(cells, plan.CellsNeeded);
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(10, 0, -1)]
    [InlineData(10, 0, 101)]
    public void WlanPlan_NegativeCallsOrShareOutside0To100_IsAProblem(int voice, int video, int sameAccessPointPercent)
    {
        Assert.Single(new WlanPlan(voice, video, sameAccessPointPercent).Problems());
    }

    [Theory]
    [InlineData(10, 1, true, 2, 2, 20)]
    [InlineData(10, 2, true, 3, 2, 30)]
    [InlineData(10, 2, false, 2, 1, 20)]
    [InlineData(25, 10, true, 11, 2, 275)]
    [InlineData(0, 4, true, 5, 2, 0)]
    public void SnrTrunkPlan_OneDs0PerRungDestinationPlusTheCallersHairpin(int calls, int destinationsPerUser, bool callersOnPstn, int ringing, int answered, int peak)
    {
        var plan = new SnrTrunkPlan(calls, destinationsPerUser, callersOnPstn);

        Assert.Equal(ringing, plan.Ds0sPerCallRinging);
        Assert.Equal(answered, plan.Ds0sPerCallAnswered);
        Assert.Equal(peak, plan.PeakDs0s);
        Assert.Empty(plan.Problems());
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(10, -1)]
    [InlineData(10, 11)]
    public void SnrTrunkPlan_NegativeCallsOrMoreThanTenDestinations_IsAProblem(int calls, int destinationsPerUser)
    {
        Assert.Single(new SnrTrunkPlan(calls, destinationsPerUser, CallersOnPstn: true).Problems());
    }

    [Fact]
    public void CapacityLimits_AreTheDesignGuides()
    {
        Assert.Equal(40_000, CapacityLimits.RemoteDestinations);
        Assert.Equal(40_000, CapacityLimits.Devices);
        Assert.Equal(10_000, CapacityLimits.ExpresswayProxyRegistrations);
        Assert.Equal(27, CapacityLimits.VoiceCallsPerCell);
        Assert.Equal(8, CapacityLimits.VideoCallsPerCell);
        Assert.Equal(0.25, CapacityFigures.Share(10_000, 40_000));
        Assert.Equal(0, CapacityFigures.Share(5, 0));
    }

    [Fact]
    public async Task ReadAsync_EmptyConfiguration_IsAllZero()
    {
        await using var db = _database.CreateDbContext();

        var figures = await CapacityFigures.ReadAsync(db);

        Assert.Equal(0, figures.Destinations);
        Assert.Equal(0, figures.Devices);
        Assert.Empty(figures.Distribution);
        Assert.Equal(0, figures.SingleNumberReachDestinationsPerMobilityUser);
    }

    [Fact]
    public async Task ReadAsync_SmallConfiguration_CountsDestinationsDevicesAndTheirSpread()
    {
        // jsmith: 1 destination; mgarcia: 2 (one without SNR); bchen: 1 destination + 1 mobility identity;
        // idle: mobility on, no destination; kpatel: mobility off, 1 destination.
        var jsmith = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(jsmith, "+14085557890");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(mgarcia, "+19195558001");
        var home = await _rules.AddDestinationAsync(mgarcia, "+19195553002");
        Saved(await _rules.ChangeDestinationAsync(home, r => r.EnableSingleNumberReach = false));
        var bchen = await _rules.UserAsync("bchen");
        await _rules.AddDestinationAsync(bchen, "+14085559001");
        var iphone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, bchen.Id);
        await _rules.PhoneAsync("BOTBCHEN", DeviceType.CiscoDualModeForAndroid, bchen.Id);
        await _rules.PhoneAsync("TABBCHEN", DeviceType.CiscoJabberForTablet, bchen.Id);
        await _rules.PhoneAsync("SEP001122334455", DeviceType.CiscoIpPhone8865, jsmith.Id);
        await _rules.SavedAsync(MobilityIdentity(bchen, iphone, "+14085559012"));
        await _rules.UserAsync("idle");
        var kpatel = await _rules.UserAsync("kpatel", enableMobility: false);
        await _rules.AddDestinationAsync(kpatel, "+14085556001");
        await using var db = _database.CreateDbContext();

        var figures = await CapacityFigures.ReadAsync(db);

        Assert.Equal(5, figures.RemoteDestinations);
        Assert.Equal(1, figures.MobilityIdentities);
        Assert.Equal(6, figures.Destinations);
        Assert.Equal(4, figures.Phones);
        Assert.Equal(5, figures.RemoteDestinationProfiles);
        Assert.Equal(9, figures.Devices);
        Assert.Equal(2, figures.DualModeDevices);
        Assert.Equal(4, figures.MobilityUsers);
        Assert.Equal([new DestinationsPerUser(0, 1), new DestinationsPerUser(1, 2), new DestinationsPerUser(2, 2)], figures.Distribution);
        // SNR destinations of mobility users: jsmith 1 + mgarcia 1 + bchen 2 (idle 0) over 4 users.
        Assert.Equal(1.0, figures.SingleNumberReachDestinationsPerMobilityUser, precision: 9);
        Assert.Equal(6, await ClusterGuard.RemoteDestinationCountAsync(db, CancellationToken.None));
    }
}

public sealed class CapacityTests_OnSqlite : CapacityTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class CapacityTests_OnPostgres : CapacityTests<PostgresTestDatabase>;
