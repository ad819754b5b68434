using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>R6: a remote destination is never an internal directory number of the cluster, checked both ways (SRND L1395).</summary>
public abstract class R6_NotAnInternalDirectoryNumber<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R6_NotAnInternalDirectoryNumber() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveDestination_EqualToADirectoryNumber_IsRefusedOnDestinationNumber()
    {
        await _rules.SavedAsync(new DirectoryNumber { Pattern = "+14085551234" });
        var jsmith = await _rules.UserAsync("jsmith");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(Destination(jsmith, "+14085551234"));

        var error = AssertRefused(result, "R6", "DestinationNumber", "SRND L1395");
        Assert.Contains("+14085551234 is a directory number", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.False(await db.RemoteDestinations.AnyAsync());
    }

    [Fact]
    public async Task SaveDestination_EditedToADirectoryNumber_IsRefused()
    {
        await _rules.SavedAsync(new DirectoryNumber { Pattern = "+14085551234" });
        var jsmith = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(jsmith, "+14085557890");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeDestinationAsync(id, r => r.DestinationNumber = "+14085551234");

        AssertRefused(result, "R6", "DestinationNumber", "SRND L1395");
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task SaveDirectoryNumber_EqualToAStoredDestination_IsRefusedOnPattern()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(jsmith, "+14085557890");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(new DirectoryNumber { Pattern = "+14085557890" });

        var error = AssertRefused(result, "R6", "Pattern", "SRND L1395");
        Assert.Contains("+14085557890 is a user's remote destination", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.False(await db.DirectoryNumbers.AnyAsync());
    }

    [Fact]
    public async Task Save_DestinationAndDirectoryNumberThatDiffer_AreAllowed()
    {
        var jsmith = await _rules.UserAsync("jsmith");

        var directoryNumber = await _rules.Store.SaveAsync(new DirectoryNumber { Pattern = "+14085551234" });
        var destination = await _rules.Store.SaveAsync(Destination(jsmith, "+14085557890"));

        Assert.True(directoryNumber.Succeeded, Describe(directoryNumber));
        Assert.True(destination.Succeeded, Describe(destination));
        AssertNoFinding(await _rules.ReviewAsync(), "R6");
    }

    [Fact]
    public async Task RunAsync_ClashInsertedBypassingTheStore_ReportsR6WithBothObjects()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var destination = await _rules.AddDestinationAsync(jsmith, "+14085557890");
        int directoryNumber;
        await using (var db = _database.CreateDbContext())
        {
            var dn = db.DirectoryNumbers.Add(new DirectoryNumber { Pattern = "+14085557890" }).Entity;
            await db.SaveChangesAsync();
            directoryNumber = dn.Id;
        }

        var findings = await _rules.ReviewAsync();

        var finding = AssertFinding(findings, "R6", Ref<RemoteDestination>(destination), Ref<DirectoryNumber>(directoryNumber));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }
}

public sealed class R6_NotAnInternalDirectoryNumber_OnSqlite : R6_NotAnInternalDirectoryNumber<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R6_NotAnInternalDirectoryNumber_OnPostgres : R6_NotAnInternalDirectoryNumber<PostgresTestDatabase>;
