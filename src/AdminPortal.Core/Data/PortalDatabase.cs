using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Data;

/// <summary>How the portal connects to its database; shared by the web host, the design-time tools and the tests.</summary>
public static class PortalDatabase
{
    public const string SqliteProvider = "Sqlite";
    public const string SqliteMigrationsAssembly = "AdminPortal.Migrations.Sqlite";

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

    public static DbContextOptionsBuilder UseSqlitePortal(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
}
