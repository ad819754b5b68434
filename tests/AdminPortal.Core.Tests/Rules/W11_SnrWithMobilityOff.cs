using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>W11: Single Number Reach on for a destination whose owner has Enable Mobility off never rings (SRND L910).</summary>
public abstract class W11_SnrWithMobilityOff<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W11_SnrWithMobilityOff() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveDestination_OwnerHasMobilityOff_IsSavedAndWarnsW11()
    {
        var user = await _rules.UserAsync("kpatel", enableMobility: false);

        var result = await _rules.Store.SaveAsync(Destination(user, "+14085556001"));

        Assert.True(result.Succeeded, Describe(result));
        var warning = AssertFinding(result.Findings, "W11", Ref<RemoteDestination>(result.Id), Ref<EndUser>(user.Id));
        Assert.Contains("kpatel has Enable Mobility off", warning.Message, StringComparison.Ordinal);
        AssertFinding(await _rules.ReviewAsync(), "W11", Ref<RemoteDestination>(result.Id), Ref<EndUser>(user.Id));
    }

    [Fact]
    public async Task SaveUser_MobilityTurnedOn_SilencesW11()
    {
        var user = await _rules.UserAsync("kpatel", enableMobility: false);
        await _rules.AddDestinationAsync(user, "+14085556001");

        var result = await _rules.ChangeAsync<EndUser>(user.Id, u => u.EnableMobility = true);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W11");
        AssertNoFinding(await _rules.ReviewAsync(), "W11");
    }

    [Fact]
    public async Task SaveUser_MobilityTurnedOffWithSnrDestinations_IsSavedAndWarnsW11OnTheUser()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "+14085557890");

        var result = await _rules.ChangeAsync<EndUser>(user.Id, u => u.EnableMobility = false);

        Assert.True(result.Succeeded, Describe(result));
        AssertFinding(result.Findings, "W11", Ref<EndUser>(user.Id), Ref<RemoteDestination>(id));
    }

    [Fact]
    public async Task SaveDestination_NewWithSnrOffForAnOwnerWithMobilityOff_IsSilent()
    {
        var user = await _rules.UserAsync("kpatel", enableMobility: false);

        var result = await _rules.Store.SaveAsync(WithoutSnr(Destination(user, "+14085556001")));

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W11");
        AssertNoFinding(await _rules.ReviewAsync(), "W11");
        Assert.False((await _rules.LoadDestinationAsync(result.Id)).EnableSingleNumberReach);
    }

    private static RemoteDestination WithoutSnr(RemoteDestination destination)
    {
        destination.EnableSingleNumberReach = false;
        return destination;
    }
}

public sealed class W11_SnrWithMobilityOff_OnSqlite : W11_SnrWithMobilityOff<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W11_SnrWithMobilityOff_OnPostgres : W11_SnrWithMobilityOff<PostgresTestDatabase>;
