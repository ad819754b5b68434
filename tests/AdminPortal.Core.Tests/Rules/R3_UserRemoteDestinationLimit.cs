using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// R3: a user's remote destinations stay within that user's Remote Destination Limit (SRND L890, AXL). Decision:
/// the limit counts remote destinations only; a dual-mode device's mobility identity does not count against it.
/// </summary>
public abstract class R3_UserRemoteDestinationLimit<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R3_UserRemoteDestinationLimit() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Save_ThirdDestinationWithLimitTwo_IsRefusedOnOwnerId()
    {
        var user = await _rules.UserAsync("jsmith", limit: 2);
        await _rules.AddDestinationAsync(user, "+14085557890");
        await _rules.AddDestinationAsync(user, "+14085557891");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(Destination(user, "+14085557892"));

        var error = AssertRefused(result, "R3", "OwnerId", "SRND L890");
        Assert.Contains("jsmith", error.Message, StringComparison.Ordinal);
        Assert.Contains("Remote Destination Limit of 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.Equal(2, await db.RemoteDestinations.CountAsync(r => r.OwnerId == user.Id));
    }

    [Fact]
    public async Task Save_SecondDestinationWithLimitTwo_IsAllowed()
    {
        var user = await _rules.UserAsync("jsmith", limit: 2);
        await _rules.AddDestinationAsync(user, "+14085557890");

        var result = await _rules.Store.SaveAsync(Destination(user, "+14085557891"));

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task Save_MobilityIdentityOfAUserAtTheLimit_IsAllowed()
    {
        var user = await _rules.UserAsync("bchen", limit: 2);
        await _rules.AddDestinationAsync(user, "+14085559001");
        await _rules.AddDestinationAsync(user, "+14085559002");
        var iphone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, user.Id);

        var result = await _rules.Store.SaveAsync(MobilityIdentity(user, iphone, "+14085559012"));

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(await _rules.ReviewAsync(), "R3");
    }

    [Fact]
    public async Task Save_DestinationOfAUserWithAMobilityIdentityAndLimitOne_IsAllowed()
    {
        var user = await _rules.UserAsync("bchen", limit: 1);
        var iphone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, user.Id);
        await _rules.SavedAsync(MobilityIdentity(user, iphone, "+14085559012"));

        var first = await _rules.Store.SaveAsync(Destination(user, "+14085559001"));
        var second = await _rules.Store.SaveAsync(Destination(user, "+14085559002"));

        Assert.True(first.Succeeded, Describe(first));
        AssertRefused(second, "R3", "OwnerId", "SRND L890");
    }

    [Fact]
    public async Task Save_EditOfADestinationAtTheLimit_IsAllowed()
    {
        var user = await _rules.UserAsync("jsmith", limit: 2);
        await _rules.AddDestinationAsync(user, "+14085557890");
        var id = await _rules.AddDestinationAsync(user, "+14085557891");

        var result = await _rules.ChangeDestinationAsync(id, r =>
        {
            r.Name = "John home";
            r.DestinationNumber = "+14085550000";
        });

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal("+14085550000", (await _rules.LoadDestinationAsync(id)).DestinationNumber);
    }

    [Fact]
    public async Task Save_DestinationMovedToAnOwnerAtTheLimit_IsRefusedOnOwnerId()
    {
        var full = await _rules.UserAsync("full", limit: 1);
        await _rules.AddDestinationAsync(full, "+14085557890");
        var other = await _rules.UserAsync("other");
        var id = await _rules.AddDestinationAsync(other, "+14085557891");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeDestinationAsync(id, r =>
        {
            r.OwnerId = full.Id;
            r.RemoteDestinationProfileId = full.ProfileId;
        });

        AssertRefused(result, "R3", "OwnerId", "SRND L890");
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task SaveUser_LimitLoweredBelowTheCurrentCount_IsRefusedOnRemoteDestinationLimit()
    {
        var user = await _rules.UserAsync("mgarcia", limit: 4);
        foreach (var number in new[] { "+19195558001", "+19195558002", "+19195558003" })
        {
            await _rules.AddDestinationAsync(user, number);
        }

        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeAsync<EndUser>(user.Id, u => u.RemoteDestinationLimit = 2);

        var error = AssertRefused(result, "R3", "RemoteDestinationLimit", "SRND L890");
        Assert.Contains("has 3 remote destinations", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        Assert.Equal(4, (await _rules.LoadAsync<EndUser>(user.Id)).RemoteDestinationLimit);
    }

    [Fact]
    public async Task SaveUser_LimitLoweredToTheDestinationCountNotCountingTheMobilityIdentity_IsAllowed()
    {
        var user = await _rules.UserAsync("bchen", limit: 4);
        await _rules.AddDestinationAsync(user, "+14085559001");
        await _rules.AddDestinationAsync(user, "+14085559002");
        var iphone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, user.Id);
        await _rules.SavedAsync(MobilityIdentity(user, iphone, "+14085559012"));

        var result = await _rules.ChangeAsync<EndUser>(user.Id, u => u.RemoteDestinationLimit = 2);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(2, (await _rules.LoadAsync<EndUser>(user.Id)).RemoteDestinationLimit);
    }

    [Fact]
    public async Task Save_EightConcurrentWritersForAUserWithLimitFour_StoreExactlyFourAndRefuseFourWithR3()
    {
        var user = await _rules.UserAsync("busy", limit: 4);

        // 8 writers at once, each through its own store, context and connection, one new destination each.
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            _database.Store.SaveAsync(Destination(user, $"+1408555{6000 + i}")))));

        Assert.Equal(4, results.Count(r => r.Succeeded));
        var refusals = results.Where(r => !r.Succeeded).ToList();
        Assert.Equal(4, refusals.Count);
        Assert.All(refusals, r => AssertRefused(r, "R3", "OwnerId", "SRND L890"));
        await using var db = _database.CreateDbContext();
        Assert.Equal(4, await db.RemoteDestinations.CountAsync(r => r.OwnerId == user.Id));
        Assert.Equal(4, await ClusterGuard.RemoteDestinationCountAsync(db, CancellationToken.None));
        AssertNoFinding(await _rules.ReviewAsync(), "R3");
    }
}

public sealed class R3_UserRemoteDestinationLimit_OnSqlite : R3_UserRemoteDestinationLimit<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R3_UserRemoteDestinationLimit_OnPostgres : R3_UserRemoteDestinationLimit<PostgresTestDatabase>;
