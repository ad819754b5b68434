using AdminPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Support;

/// <summary>A real SQLite database file in a temp folder, migrated like the portal's, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : IDbContextFactory<PortalDbContext>, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"adminportal-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path};Pooling=False";

    public ConfigurationStore Store => new(this);

    public PortalDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UseSqlitePortal(ConnectionString);
        return new PortalDbContext(options.Options);
    }

    public async Task InitializeAsync()
    {
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}
