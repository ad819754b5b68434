using AdminPortal.Core.Cluster;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Data;

public abstract class MigrationTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesEveryTableAndColumnOfTheModel()
    {
        await using var db = _database.CreateDbContext();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();

        Assert.NotEmpty(applied);
        Assert.Empty(pending);
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            // Selecting every mapped column by name fails on the first table or column the migrations did not create.
            var table = entityType.GetTableName()!;
            var columns = string.Join(", ", entityType.GetProperties().Select(p => $"\"{p.GetColumnName()}\""));
            var probe = $"SELECT {columns} FROM \"{table}\" WHERE 1 = 0";
            await db.Database.ExecuteSqlRawAsync(probe);
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

        // The portal's own objects; ASP.NET Core Identity's tables keep Identity's cascades among themselves, and an
        // API token goes with the account it belongs to (decision 011).
        var cascading = db.Model.GetEntityTypes().Where(t => t.ClrType.Assembly == typeof(ClusterMobilitySettings).Assembly).SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior != DeleteBehavior.Restrict && fk.PrincipalEntityType.ClrType != typeof(Core.Accounts.PortalAccount))
            .Select(fk => $"{fk.DeclaringEntityType.ClrType.Name}.{fk.Properties[0].Name}")
            .ToList();

        Assert.Empty(cascading);
    }
}

public sealed class MigrationTests_OnSqlite : MigrationTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class MigrationTests_OnPostgres : MigrationTests<PostgresTestDatabase>;
