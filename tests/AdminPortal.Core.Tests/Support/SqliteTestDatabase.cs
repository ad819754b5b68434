using AdminPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Support;

/// <summary>A real SQLite database file in a temp folder, migrated like the portal's, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"adminportal-test-{Guid.NewGuid():N}.db");

    public override string ConnectionString => $"Data Source={_path};Pooling=False";

    protected override void Configure(DbContextOptionsBuilder options) => options.UseSqlitePortal(ConnectionString);

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}
