using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Support;

/// <summary>
/// A real, empty, migrated database for one test class, on the provider of the subclass (SQLite file or a
/// PostgreSQL database on a real server). The Core tests are written once against this and run on both.
/// </summary>
public abstract class TestDatabase : IDbContextFactory<PortalDbContext>, IAsyncLifetime
{
    public abstract string ConnectionString { get; }

    /// <summary>The store as the tests' own system change (no signed-in user: the web tests cover the guard).</summary>
    public ConfigurationStore Store => new(this, new SystemChange("tests"));

    public PortalDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        Configure(options);
        return new PortalDbContext(options.Options);
    }

    public async Task InitializeAsync()
    {
        await CreateAsync();
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public abstract Task DisposeAsync();

    protected abstract void Configure(DbContextOptionsBuilder options);

    /// <summary>Makes the empty database the migrations run against.</summary>
    protected virtual Task CreateAsync() => Task.CompletedTask;
}
