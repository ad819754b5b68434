using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>R7: Maximum Wait Time for Desk Pickup 0-30000 ms; Remote Destination Limit 1-10 (SRND L926, AXL).</summary>
public abstract class R7_UserRanges<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R7_UserRanges() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(0, 1)]
    [InlineData(30_000, 10)]
    [InlineData(10_000, 4)]
    public async Task SaveUser_WaitAndLimitWithinRange_IsAllowed(int wait, int limit)
    {
        var result = await _rules.Store.SaveAsync(new EndUser { UserId = "jsmith", LastName = "Smith", MaxDeskPickupWaitTime = wait, RemoteDestinationLimit = limit });

        Assert.True(result.Succeeded, Describe(result));
        var stored = await _rules.LoadAsync<EndUser>(result.Id);
        Assert.Equal((wait, limit), (stored.MaxDeskPickupWaitTime, stored.RemoteDestinationLimit));
    }

    [Theory]
    [InlineData(-1, 4, "MaxDeskPickupWaitTime")]
    [InlineData(30_001, 4, "MaxDeskPickupWaitTime")]
    [InlineData(10_000, 0, "RemoteDestinationLimit")]
    [InlineData(10_000, 11, "RemoteDestinationLimit")]
    public async Task SaveUser_NewUserOutOfRange_IsRefusedOnTheField(int wait, int limit, string field)
    {
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(new EndUser { UserId = "jsmith", LastName = "Smith", MaxDeskPickupWaitTime = wait, RemoteDestinationLimit = limit });

        AssertRefused(result, "R7", field, "SRND L926");
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.False(await db.EndUsers.AnyAsync());
    }

    [Theory]
    [InlineData(-1, 4, "MaxDeskPickupWaitTime")]
    [InlineData(30_001, 4, "MaxDeskPickupWaitTime")]
    [InlineData(10_000, 0, "RemoteDestinationLimit")]
    [InlineData(10_000, 11, "RemoteDestinationLimit")]
    public async Task SaveUser_ExistingUserEditedOutOfRange_IsRefusedAndKeepsTheStoredValues(int wait, int limit, string field)
    {
        var user = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(user, "+14085557890");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeAsync<EndUser>(user.Id, u =>
        {
            u.MaxDeskPickupWaitTime = wait;
            u.RemoteDestinationLimit = limit;
        });

        AssertRefused(result, "R7", field, "SRND L926");
        Assert.Equal(before, await _rules.FingerprintAsync());
        var stored = await _rules.LoadAsync<EndUser>(user.Id);
        Assert.Equal((10_000, 4), (stored.MaxDeskPickupWaitTime, stored.RemoteDestinationLimit));
    }

    [Fact]
    public async Task RunAsync_OutOfRangeValuesWrittenBypassingTheStore_ReportsR7()
    {
        var user = await _rules.UserAsync("jsmith");
        await using (var db = _database.CreateDbContext())
        {
            await db.EndUsers.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.MaxDeskPickupWaitTime, 45_000));
        }

        var finding = AssertFinding(await _rules.ReviewAsync(), "R7", Ref<EndUser>(user.Id));

        Assert.Contains("45000", finding.Message, StringComparison.Ordinal);
    }
}

public sealed class R7_UserRanges_OnSqlite : R7_UserRanges<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R7_UserRanges_OnPostgres : R7_UserRanges<PostgresTestDatabase>;
