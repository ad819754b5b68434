using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>R4: remote destination (and mobility identity) numbers are unique in the cluster (SRND L1233).</summary>
public abstract class R4_UniqueDestinationNumbers<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R4_UniqueDestinationNumbers() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Save_NumberOfAnotherUsersDestination_IsRefusedOnDestinationNumber()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557890");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(Destination(mgarcia, "+14085557890"));

        var error = AssertRefused(result, "R4", "DestinationNumber", "SRND L1233");
        Assert.Contains("+14085557890", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.Equal(jsmith.Id, await db.RemoteDestinations.Where(r => r.DestinationNumber == "+14085557890").Select(r => r.OwnerId).SingleAsync());
    }

    [Fact]
    public async Task Save_SecondDestinationOfTheSameUserWithTheSameNumber_IsRefused()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(jsmith, "+14085557890");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(Destination(jsmith, "+14085557890", "John again"));

        AssertRefused(result, "R4", "DestinationNumber", "SRND L1233");
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task Save_MobilityIdentityWithTheNumberOfADestination_IsRefused()
    {
        var bchen = await _rules.UserAsync("bchen");
        await _rules.AddDestinationAsync(bchen, "+14085559012");
        var iphone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, bchen.Id);
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(MobilityIdentity(bchen, iphone, "+14085559012"));

        AssertRefused(result, "R4", "DestinationNumber", "SRND L1233");
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task Save_EditTakingTheNumberOfAnotherDestination_IsRefusedAndKeepsTheOldNumber()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(jsmith, "+14085557890");
        var home = await _rules.AddDestinationAsync(jsmith, "+14085550000");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeDestinationAsync(home, r => r.DestinationNumber = "+14085557890");

        AssertRefused(result, "R4", "DestinationNumber", "SRND L1233");
        Assert.Equal(before, await _rules.FingerprintAsync());
        Assert.Equal("+14085550000", (await _rules.LoadDestinationAsync(home)).DestinationNumber);
    }

    [Fact]
    public async Task Save_EditKeepingItsOwnNumber_IsAllowed()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(jsmith, "+14085557890");

        var result = await _rules.ChangeDestinationAsync(id, r => r.Name = "John mobile");

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task Save_DifferentNumber_IsAllowed()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557890");

        var result = await _rules.Store.SaveAsync(Destination(mgarcia, "+14085557891"));

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task Save_NumberFreedByADelete_IsAllowedAgain()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        var id = await _rules.AddDestinationAsync(jsmith, "+14085557890");
        Assert.True((await _rules.Store.DeleteAsync<RemoteDestination>([id])).Succeeded);

        var result = await _rules.Store.SaveAsync(Destination(mgarcia, "+14085557890"));

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task Save_FourConcurrentWritersOfOneNumber_StoreItOnceAndRefuseTheOthersWithR4()
    {
        var users = new List<MobilityUser>();
        for (var i = 0; i < 4; i++)
        {
            users.Add(await _rules.UserAsync($"writer{i}"));
        }

        var results = await Task.WhenAll(users.Select(user => Task.Run(() => _database.Store.SaveAsync(Destination(user, "+14085557890")))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => AssertRefused(r, "R4", "DestinationNumber", "SRND L1233"));
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.RemoteDestinations.CountAsync());
    }

    [Fact]
    public async Task RunAsync_UniqueNumbers_ReportsNoR4()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(jsmith, "+14085557890");
        await _rules.AddDestinationAsync(jsmith, "+14085557891");

        AssertNoFinding(await _rules.ReviewAsync(), "R4");
    }
}

public sealed class R4_UniqueDestinationNumbers_OnSqlite : R4_UniqueDestinationNumbers<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R4_UniqueDestinationNumbers_OnPostgres : R4_UniqueDestinationNumbers<PostgresTestDatabase>;
