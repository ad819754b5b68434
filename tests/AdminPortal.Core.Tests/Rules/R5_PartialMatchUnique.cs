using AdminPortal.Core.Cluster;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// R5: with Partial Match on N digits, the last N digits of every remote destination and mobility identity are
/// unique; switching to Partial Match (or to fewer digits) is refused while collisions exist (SRND L1255).
/// </summary>
public abstract class R5_PartialMatchUnique<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R5_PartialMatchUnique() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Save_SameLastDigitsUnderPartialMatch_IsRefusedOnDestinationNumber()
    {
        await _rules.UsePartialMatchAsync(7);
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557777");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(Destination(mgarcia, "+19195557777"));

        var error = AssertRefused(result, "R5", "DestinationNumber", "SRND L1255");
        Assert.Contains("+19195557777 and +14085557777 both end in 5557777", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task Save_MobilityIdentityWithTheSameLastDigits_IsRefused()
    {
        await _rules.UsePartialMatchAsync(7);
        var jsmith = await _rules.UserAsync("jsmith");
        var bchen = await _rules.UserAsync("bchen");
        await _rules.AddDestinationAsync(jsmith, "+14085557777");
        var iphone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, bchen.Id);
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(MobilityIdentity(bchen, iphone, "+447705557777"));

        AssertRefused(result, "R5", "DestinationNumber", "SRND L1255");
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task Save_FourConcurrentWritersWithTheSameLastDigits_StoreOneAndRefuseTheOthersWithR5()
    {
        await _rules.UsePartialMatchAsync(7);
        var users = new List<MobilityUser>();
        for (var i = 0; i < 4; i++)
        {
            users.Add(await _rules.UserAsync($"writer{i}"));
        }

        // +1408, +1919, +1212, +1650: different numbers, the same last 7 digits.
        var areaCodes = new[] { "408", "919", "212", "650" };
        var results = await Task.WhenAll(users.Select((user, i) => Task.Run(() => _database.Store.SaveAsync(Destination(user, $"+1{areaCodes[i]}5557777")))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => AssertRefused(r, "R5", "DestinationNumber", "SRND L1255"));
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.RemoteDestinations.CountAsync());
        AssertNoFinding(await _rules.ReviewAsync(), "R5");
    }

    [Fact]
    public async Task Save_DifferentLastDigitsUnderPartialMatch_IsAllowed()
    {
        await _rules.UsePartialMatchAsync(7);
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557777");

        var result = await _rules.Store.SaveAsync(Destination(mgarcia, "+19195557778"));

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task Save_EditOfADestinationUnderPartialMatch_DoesNotCollideWithItself()
    {
        await _rules.UsePartialMatchAsync(7);
        var jsmith = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(jsmith, "+14085557777");

        var result = await _rules.ChangeDestinationAsync(id, r => r.DestinationNumber = "+19195557777");

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task Save_SameLastDigitsUnderCompleteMatch_IsAllowed()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557777");

        var result = await _rules.Store.SaveAsync(Destination(mgarcia, "+19195557777"));

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task SaveSettings_SwitchToPartialMatchWhileTwoDestinationsCollide_IsRefusedListingBoth()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557777");
        await _rules.AddDestinationAsync(mgarcia, "+19195557777");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeSettingsAsync(PartialMatchOnSevenDigits);

        var error = AssertRefused(result, "R5", "MatchingCallerIdWithRemoteDestination", "SRND L1255");
        Assert.Contains("+14085557777 and +19195557777", error.Message, StringComparison.Ordinal);
        Assert.Contains("5557777", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        Assert.Equal(CallerIdMatching.CompleteMatch, (await _rules.SettingsAsync()).MatchingCallerIdWithRemoteDestination);
    }

    [Fact]
    public async Task SaveSettingsAndDestination_SwitchAndCollidingDestinationAtOnce_NeverBothSucceed()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557777");
        var settings = await _rules.SettingsAsync();
        PartialMatchOnSevenDigits(settings);

        var switched = Task.Run(() => _database.Store.SaveAsync(settings));
        var added = Task.Run(() => _database.Store.SaveAsync(Destination(mgarcia, "+19195557777")));
        var results = await Task.WhenAll(switched, added);

        // Whichever came second saw the other's change under the cluster write lock.
        var refusal = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal("R5", Assert.Single(refusal.Errors).RuleId);
        AssertNoFinding(await _rules.ReviewAsync(), "R5");
    }

    [Fact]
    public async Task SaveSettings_FewerDigitsWhileAlreadyPartialMatch_IsRefusedOnPartialMatchDigits()
    {
        await _rules.UsePartialMatchAsync(10);
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557777");
        await _rules.AddDestinationAsync(mgarcia, "+19195557777");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeSettingsAsync(s => s.PartialMatchDigits = 7);

        var error = AssertRefused(result, "R5", "PartialMatchDigits", "SRND L1255");
        Assert.Contains("+14085557777 and +19195557777", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        Assert.Equal(10, (await _rules.SettingsAsync()).PartialMatchDigits);
    }

    [Fact]
    public async Task SaveSettings_SwitchAfterTheCollisionIsFixed_IsAllowed()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557777");
        var second = await _rules.AddDestinationAsync(mgarcia, "+19195557777");
        var refused = await _rules.ChangeSettingsAsync(PartialMatchOnSevenDigits);
        AssertRefused(refused, "R5", "MatchingCallerIdWithRemoteDestination", "SRND L1255");
        Saved(await _rules.ChangeDestinationAsync(second, r => r.DestinationNumber = "+19195557778"));

        var result = await _rules.ChangeSettingsAsync(PartialMatchOnSevenDigits);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(CallerIdMatching.PartialMatch, (await _rules.SettingsAsync()).MatchingCallerIdWithRemoteDestination);
        AssertNoFinding(await _rules.ReviewAsync(), "R5");
    }

    [Fact]
    public async Task SaveSettings_DigitsChanged_LaterDestinationIsCheckedAgainstTheNewDigits()
    {
        await _rules.UsePartialMatchAsync(10);
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(jsmith, "+14085557777");
        Saved(await _rules.ChangeSettingsAsync(s => s.PartialMatchDigits = 4));
        var before = await _rules.FingerprintAsync();

        // Under 10 digits 9195557777 and 4085557777 differ; under 4 both end in 7777.
        var colliding = await _rules.Store.SaveAsync(Destination(mgarcia, "+19195557777"));
        var distinct = await _rules.Store.SaveAsync(Destination(mgarcia, "+19195551234"));

        var error = AssertRefused(colliding, "R5", "DestinationNumber", "SRND L1255");
        Assert.Contains("7777", error.Message, StringComparison.Ordinal);
        Assert.Contains("+14085557777", error.Message, StringComparison.Ordinal);
        Assert.True(distinct.Succeeded, Describe(distinct));
        Assert.NotEqual(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task RunAsync_CollisionStoredBeforePartialMatchWasForcedOn_ReportsR5WithBothDestinations()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var mgarcia = await _rules.UserAsync("mgarcia");
        var first = await _rules.AddDestinationAsync(jsmith, "+14085557777");
        var second = await _rules.AddDestinationAsync(mgarcia, "+19195557777");
        await using (var db = _database.CreateDbContext())
        {
            // Bypassing the store, as an import or an older version of the portal could have.
            await db.ClusterMobilitySettings.ExecuteUpdateAsync(s => s
                .SetProperty(x => x.MatchingCallerIdWithRemoteDestination, CallerIdMatching.PartialMatch)
                .SetProperty(x => x.PartialMatchDigits, 7));
        }

        var findings = await _rules.ReviewAsync();

        var finding = AssertFinding(findings, "R5", Ref<RemoteDestination>(first), Ref<RemoteDestination>(second), SettingsRef);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("5557777", finding.Message, StringComparison.Ordinal);
    }

    private static void PartialMatchOnSevenDigits(ClusterMobilitySettings settings)
    {
        settings.MatchingCallerIdWithRemoteDestination = CallerIdMatching.PartialMatch;
        settings.PartialMatchDigits = 7;
    }
}

public sealed class R5_PartialMatchUnique_OnSqlite : R5_PartialMatchUnique<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R5_PartialMatchUnique_OnPostgres : R5_PartialMatchUnique<PostgresTestDatabase>;
