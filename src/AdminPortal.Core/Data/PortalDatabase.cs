using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdminPortal.Core.Data;

/// <summary>How the portal connects to its database; shared by the web host, the design-time tools and the tests.</summary>
public static class PortalDatabase
{
    public const string SqliteProvider = "Sqlite";
    public const string SqliteMigrationsAssembly = "AdminPortal.Migrations.Sqlite";
    public const string PostgresProvider = "Postgres";
    public const string PostgresMigrationsAssembly = "AdminPortal.Migrations.Postgres";

    /// <summary>
    /// Configures the provider named by <c>Database:Provider</c> (<see cref="SqliteProvider"/> by default, or
    /// <see cref="PostgresProvider"/>) with its connection string; a relative SQLite path is read against
    /// <paramref name="contentRoot"/>.
    /// </summary>
    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, string? provider, string connectionString, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(provider) || string.Equals(provider, SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            return options.UseSqlitePortal(ResolveSqliteConnectionString(connectionString, contentRoot));
        }

        if (string.Equals(provider, PostgresProvider, StringComparison.OrdinalIgnoreCase))
        {
            return options.UsePostgresPortal(connectionString);
        }

        throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use '{SqliteProvider}' or '{PostgresProvider}'.");
    }

    /// <summary>
    /// Drops idle pooled connections: after the database restarted they are dead, and the next request should
    /// open a fresh one instead of failing on a stale one.
    /// </summary>
    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    public static DbContextOptionsBuilder UsePostgresPortal(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, postgres => postgres.MigrationsAssembly(PostgresMigrationsAssembly));

    /// <summary>
    /// A relative SQLite file path is read against <paramref name="baseDirectory"/> (the app's content root), so
    /// the database lands in the same place whatever the current directory is; its folder is created.
    /// </summary>
    public static string ResolveSqliteConnectionString(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(source))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, source));
        }

        if (builder.DataSource is { Length: > 0 } file && Path.IsPathRooted(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        return builder.ToString();
    }

    /// <summary>SQLite with the portal's connection settings (<see cref="SqliteSettings"/>: WAL, synchronous NORMAL, busy timeout).</summary>
    public static DbContextOptionsBuilder UseSqlitePortal(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
            .AddInterceptors(SqliteSettings.Instance);
}
