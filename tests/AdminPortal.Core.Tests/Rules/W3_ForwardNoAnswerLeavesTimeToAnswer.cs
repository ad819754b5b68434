using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// W3: the Forward No Answer time is longer than Delay Before Ringing + Answer Too Soon, or callers reach
/// enterprise voicemail before the remote destination can be answered (SRND L1014-1016).
/// </summary>
public abstract class W3_ForwardNoAnswerLeavesTimeToAnswer<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W3_ForwardNoAnswerLeavesTimeToAnswer() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveDestination_DelayPlusTooSoonReachesTheForwardNoAnswerTime_IsSavedAndWarnsW3()
    {
        var user = await _rules.UserAsync("jsmith");
        var destination = Destination(user, "+14085557890");
        destination.DelayBeforeRingingTimer = 10_000;
        destination.AnswerTooSoonTimer = 2_000;

        // 10 s + 2 s is exactly the default 12 s Forward No Answer Timer: no time left to answer.
        var result = await _rules.Store.SaveAsync(destination);

        Assert.True(result.Succeeded, Describe(result));
        AssertFinding(result.Findings, "W3", Ref<RemoteDestination>(result.Id), SettingsRef);
        AssertFinding(await _rules.ReviewAsync(), "W3", Ref<RemoteDestination>(result.Id), SettingsRef);
    }

    [Fact]
    public async Task SaveDestination_DelayShortenedBelowTheForwardNoAnswerTime_IsSilent()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "+14085557890", r => r.DelayBeforeRingingTimer = 10_500);

        var result = await _rules.ChangeDestinationAsync(id, r => r.DelayBeforeRingingTimer = 4_000);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W3");
        AssertNoFinding(await _rules.ReviewAsync(), "W3");
    }

    [Fact]
    public async Task SaveSettings_ForwardNoAnswerShortenedTo5Seconds_IsSavedAndWarnsW3ForEachDestination()
    {
        var user = await _rules.UserAsync("jsmith");
        var mobile = await _rules.AddDestinationAsync(user, "+14085557890");
        var home = await _rules.AddDestinationAsync(user, "+14085550000");

        // Default timers: 4 s + 1.5 s = 5.5 s, longer than 5 s.
        var result = await _rules.ChangeSettingsAsync(s => s.ForwardNoAnswerTimerSeconds = 5);

        Assert.True(result.Succeeded, Describe(result));
        AssertFinding(result.Findings, "W3", Ref<RemoteDestination>(mobile), SettingsRef);
        AssertFinding(result.Findings, "W3", Ref<RemoteDestination>(home), SettingsRef);
        Assert.Equal(5, (await _rules.SettingsAsync()).ForwardNoAnswerTimerSeconds);

        var restored = await _rules.ChangeSettingsAsync(s => s.ForwardNoAnswerTimerSeconds = 12);

        Assert.True(restored.Succeeded, Describe(restored));
        AssertNoFinding(restored.Findings, "W3");
        AssertNoFinding(await _rules.ReviewAsync(), "W3");
    }

    [Fact]
    public async Task SaveDestination_SingleNumberReachOff_IsSilentWhateverItsTimers()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "+14085557890", r => r.DelayBeforeRingingTimer = 10_500);

        var result = await _rules.ChangeDestinationAsync(id, r => r.EnableSingleNumberReach = false);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W3");
        AssertNoFinding(await _rules.ReviewAsync(), "W3");
    }
}

public sealed class W3_ForwardNoAnswerLeavesTimeToAnswer_OnSqlite : W3_ForwardNoAnswerLeavesTimeToAnswer<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W3_ForwardNoAnswerLeavesTimeToAnswer_OnPostgres : W3_ForwardNoAnswerLeavesTimeToAnswer<PostgresTestDatabase>;
