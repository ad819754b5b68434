using AdminPortal.Core.Cluster;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Data;

public sealed class MigrationTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Migrate_EmptySqliteDatabase_CreatesEveryTableOfTheModel()
    {
        await using var db = _database.CreateDbContext();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();

        Assert.NotEmpty(applied);
        Assert.Empty(pending);
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            Assert.Contains(entityType.GetTableName(), tables);
        }
    }

    [Fact]
    public async Task Model_ComparedWithMigrations_HasNoPendingChanges()
    {
        await using var db = _database.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: run dotnet ef migrations add.");
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesClusterSettingsWithUnifiedCmDefaults()
    {
        await using var db = _database.CreateDbContext();

        var settings = await db.ClusterMobilitySettings.SingleAsync();

        Assert.Equal(CallerIdMatching.CompleteMatch, settings.MatchingCallerIdWithRemoteDestination);
        Assert.Equal(10, settings.PartialMatchDigits);
        Assert.True(settings.RingAllSharedLines);
        Assert.True(settings.IgnoreCallForwardAllOnEnterpriseDn);
        Assert.Equal(10, settings.SessionHandoffAlertingTimerSeconds);
        Assert.Equal(["*81", "*82", "*83", "*84", "*85", "*74"],
            [settings.HoldCode, settings.ExclusiveHoldCode, settings.ResumeCode, settings.TransferCode, settings.ConferenceCode, settings.SessionHandoffCode]);
    }

    [Fact]
    public async Task Model_EveryForeignKey_IsRestrict()
    {
        await using var db = _database.CreateDbContext();

        var cascading = db.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior != DeleteBehavior.Restrict)
            .Select(fk => $"{fk.DeclaringEntityType.ClrType.Name}.{fk.Properties[0].Name}")
            .ToList();

        Assert.Empty(cascading);
    }
}
