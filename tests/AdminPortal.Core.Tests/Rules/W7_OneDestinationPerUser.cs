using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>W7: one remote destination (with Single Number Reach) per user saves PSTN gateway DS0s (SRND L1439).</summary>
public abstract class W7_OneDestinationPerUser<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W7_OneDestinationPerUser() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveDestination_SecondOneWithSingleNumberReach_IsSavedAndAdvisesW7()
    {
        var user = await _rules.UserAsync("mgarcia");
        var mobile = await _rules.AddDestinationAsync(user, "+19195558001");

        var result = await _rules.Store.SaveAsync(Destination(user, "+19195553002"));

        Assert.True(result.Succeeded, Describe(result));
        var advice = AssertFinding(result.Findings, "W7", Ref<EndUser>(user.Id), Ref<RemoteDestination>(result.Id), Ref<RemoteDestination>(mobile));
        Assert.Equal(FindingSeverity.Info, advice.Severity);
        Assert.Contains("2 PSTN DS0s", advice.Message, StringComparison.Ordinal);
        AssertFinding(await _rules.ReviewAsync(), "W7", Ref<EndUser>(user.Id), Ref<RemoteDestination>(result.Id), Ref<RemoteDestination>(mobile));
    }

    [Fact]
    public async Task SaveDestination_SingleNumberReachTurnedOffOnTheSecond_IsSilent()
    {
        var user = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(user, "+19195558001");
        var home = await _rules.AddDestinationAsync(user, "+19195553002");

        var result = await _rules.ChangeDestinationAsync(home, r => r.EnableSingleNumberReach = false);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W7");
        AssertNoFinding(await _rules.ReviewAsync(), "W7");
    }

    [Fact]
    public async Task SaveDestination_OnePerUser_IsSilent()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557890");

        var result = await _rules.Store.SaveAsync(Destination(mgarcia, "+19195558001"));

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W7");
        AssertNoFinding(await _rules.ReviewAsync(), "W7");
    }
}

public sealed class W7_OneDestinationPerUser_OnSqlite : W7_OneDestinationPerUser<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W7_OneDestinationPerUser_OnPostgres : W7_OneDestinationPerUser<PostgresTestDatabase>;
