using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>R8: a destination's timers are non-negative and Answer Too Soon &lt; Answer Too Late (SRND L1020-1022).</summary>
public abstract class R8_Timers<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R8_Timers() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(4_000, 1_500, 19_000)]
    [InlineData(0, 0, 1)]
    [InlineData(0, 18_999, 19_000)]
    [InlineData(300_000, 299_999, 300_000)]
    public async Task Save_NonNegativeTimersWithTooSoonBeforeTooLate_IsAllowed(int delay, int tooSoon, int tooLate)
    {
        var user = await _rules.UserAsync("jsmith");

        var result = await _rules.Store.SaveAsync(WithTimers(Destination(user, "+14085557890"), delay, tooSoon, tooLate));

        Assert.True(result.Succeeded, Describe(result));
        var stored = await _rules.LoadDestinationAsync(result.Id);
        Assert.Equal((delay, tooSoon, tooLate), (stored.DelayBeforeRingingTimer, stored.AnswerTooSoonTimer, stored.AnswerTooLateTimer));
    }

    [Theory]
    [InlineData(-1, 1_500, 19_000, "DelayBeforeRingingTimer")]
    [InlineData(4_000, -1, 19_000, "AnswerTooSoonTimer")]
    [InlineData(4_000, 1_500, -1, "AnswerTooLateTimer")]
    [InlineData(4_000, 19_000, 19_000, "AnswerTooLateTimer")]
    [InlineData(4_000, 20_000, 19_000, "AnswerTooLateTimer")]
    [InlineData(300_001, 1_500, 19_000, "DelayBeforeRingingTimer")]
    public async Task Save_NewDestinationWithBadTimers_IsRefusedOnTheTimer(int delay, int tooSoon, int tooLate, string field)
    {
        var user = await _rules.UserAsync("jsmith");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(WithTimers(Destination(user, "+14085557890"), delay, tooSoon, tooLate));

        AssertRefused(result, "R8", field, "SRND L1020-1022");
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.False(await db.RemoteDestinations.AnyAsync());
    }

    [Fact]
    public async Task Save_NewDestinationWithZeroAnswerTooSoon_StoresZeroAndLeavesNoR8()
    {
        var user = await _rules.UserAsync("jsmith");

        // Accepted by R8 (0 < 1000); what is stored must be what was validated.
        var result = await _rules.Store.SaveAsync(WithTimers(Destination(user, "+14085557890"), 4_000, 0, 1_000));

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(0, (await _rules.LoadDestinationAsync(result.Id)).AnswerTooSoonTimer);
        AssertNoFinding(await _rules.ReviewAsync(), "R8");
    }

    [Fact]
    public async Task Save_EditSettingTimersToZero_StoresZero()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "+14085557890");

        var result = await _rules.ChangeDestinationAsync(id, r =>
        {
            r.DelayBeforeRingingTimer = 0;
            r.AnswerTooSoonTimer = 0;
        });

        Assert.True(result.Succeeded, Describe(result));
        var stored = await _rules.LoadDestinationAsync(id);
        Assert.Equal((0, 0), (stored.DelayBeforeRingingTimer, stored.AnswerTooSoonTimer));
    }

    [Fact]
    public async Task Save_EditMakingTooSoonEqualTooLate_IsRefusedAndKeepsTheStoredTimers()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "+14085557890");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeDestinationAsync(id, r => r.AnswerTooSoonTimer = r.AnswerTooLateTimer);

        var error = AssertRefused(result, "R8", "AnswerTooLateTimer", "SRND L1020-1022");
        Assert.Contains("longer than Answer Too Soon", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        Assert.Equal(RemoteDestination.DefaultAnswerTooSoonTimer, (await _rules.LoadDestinationAsync(id)).AnswerTooSoonTimer);
    }

    [Fact]
    public async Task RunAsync_TimersWrittenBypassingTheStore_ReportsR8()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "+14085557890");
        await using (var db = _database.CreateDbContext())
        {
            await db.RemoteDestinations.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.AnswerTooSoonTimer, 25_000));
        }

        AssertFinding(await _rules.ReviewAsync(), "R8", Ref<RemoteDestination>(id));
    }

    private static RemoteDestination WithTimers(RemoteDestination destination, int delay, int tooSoon, int tooLate)
    {
        destination.DelayBeforeRingingTimer = delay;
        destination.AnswerTooSoonTimer = tooSoon;
        destination.AnswerTooLateTimer = tooLate;
        return destination;
    }
}

public sealed class R8_Timers_OnSqlite : R8_Timers<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R8_Timers_OnPostgres : R8_Timers<PostgresTestDatabase>;
