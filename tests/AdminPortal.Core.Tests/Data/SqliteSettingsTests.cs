using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Data;

/// <summary>Decision 010: every SQLite connection of the portal runs in WAL, synchronous NORMAL, with a busy timeout.</summary>
public sealed class SqliteSettingsTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Connection_OpenedByTheContext_IsInWalWithSynchronousNormalAndABusyTimeout()
    {
        await using var db = _database.CreateDbContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal(("wal", 1L, 5000L), await SettingsAsync(db));
    }

    [Fact]
    public async Task PooledConnection_OpenedAgain_KeepsTheSettings()
    {
        // The settings are set once per native connection: a connection the pool hands out again must still have them.
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UseSqlitePortal(new SqliteConnectionStringBuilder(_database.ConnectionString) { Pooling = true }.ConnectionString);
        var pooled = builder.Options;
        try
        {
            for (var i = 0; i < 3; i++)
            {
                await using var db = new PortalDbContext(pooled);
                await db.Database.OpenConnectionAsync();
                Assert.Equal(("wal", 1L, 5000L), await SettingsAsync(db));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<(string JournalMode, long Synchronous, long BusyTimeout)> SettingsAsync(PortalDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        return ((string)(await ScalarAsync(connection, "PRAGMA journal_mode"))!, (long)(await ScalarAsync(connection, "PRAGMA synchronous"))!,
            (long)(await ScalarAsync(connection, "PRAGMA busy_timeout"))!);
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
