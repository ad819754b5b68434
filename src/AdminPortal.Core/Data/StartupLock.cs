using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdminPortal.Core.Data;

/// <summary>
/// Held around everything an instance does to its database on start (migrations, demo seed, reconciliation, the
/// first accounts), so that instances starting at once on one database do it one after the other: the second finds
/// the schema migrated and the data seeded, and changes nothing (decision 014). On PostgreSQL a session-level
/// advisory lock (<c>pg_advisory_lock</c>) on a connection of its own; on SQLite an exclusive lock on a file beside
/// the database (<c>.startup-lock</c>); an in-memory SQLite database needs none.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The advisory lock's key: "MobPortl" in ASCII, a number no other tool on the database is likely to use.</summary>
    public const long AdvisoryKey = 0x4D6F62506F72746C;

    private static readonly TimeSpan FilePollEvery = TimeSpan.FromMilliseconds(100);

    private readonly NpgsqlConnection? _connection;
    private readonly FileStream? _file;

    private StartupLock(NpgsqlConnection? connection, FileStream? file)
    {
        _connection = connection;
        _file = file;
    }

    /// <summary>Waits until no other instance is preparing the database, then holds the lock until disposed.</summary>
    public static async Task<StartupLock> TakeAsync(PortalDbContext db, CancellationToken cancellation)
    {
        if (db.Database.IsNpgsql())
        {
            return new StartupLock(await TakeAdvisoryAsync(db.Database.GetConnectionString()!, cancellation), null);
        }

        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return Path.IsPathRooted(file) ? new StartupLock(null, await TakeFileAsync(file + ".startup-lock", cancellation)) : new StartupLock(null, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            // Closing the session releases the lock too; unlocking first hands it over without waiting for the pool.
            await using (var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryKey})", _connection))
            {
                await unlock.ExecuteNonQueryAsync();
            }

            await _connection.DisposeAsync();
        }

        if (_file is not null)
        {
            await _file.DisposeAsync();
        }
    }

    private static async Task<NpgsqlConnection> TakeAdvisoryAsync(string connectionString, CancellationToken cancellation)
    {
        // Its own, unpooled connection: the lock belongs to the session, which must not go back to the pool held.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            try
            {
                await connection.OpenAsync(cancellation);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                // The database does not exist yet (migrations create it): lock in the server's maintenance database.
                await connection.DisposeAsync();
                connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres" }.ConnectionString);
                await connection.OpenAsync(cancellation);
            }

            await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryKey})", connection) { CommandTimeout = 0 };
            await take.ExecuteNonQueryAsync(cancellation);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // FileShare.None is an exclusive flock() on Linux: another process, or another start in this one, waits here.
    private static async Task<FileStream> TakeFileAsync(string path, CancellationToken cancellation)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(FilePollEvery, cancellation);
            }
        }
    }
}
