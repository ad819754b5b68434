using AdminPortal.Core.Data;
using AdminPortal.Core.Operations;
using Microsoft.Data.Sqlite;

namespace AdminPortal.Web.Operations;

/// <summary>The database file and backup folder the Backups page and the <c>backup</c>/<c>restore</c> commands use, from the host's configuration.</summary>
public static class BackupSettings
{
    /// <summary>The SQLite connection string with its file resolved against the content root; null on PostgreSQL.</summary>
    public static string? SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"];
        if (!string.IsNullOrWhiteSpace(provider) && !string.Equals(provider, PortalDatabase.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var connectionString = configuration.GetConnectionString("Portal") ?? throw new InvalidOperationException("ConnectionStrings:Portal is not configured.");
        return PortalDatabase.ResolveSqliteConnectionString(connectionString, contentRoot);
    }

    /// <summary><c>Backup:Folder</c> (relative to the content root), or <c>backups</c> beside the SQLite database file.</summary>
    public static BackupFolder Folder(IConfiguration configuration, string contentRoot)
    {
        if (configuration[BackupFolder.Setting] is { Length: > 0 } configured)
        {
            return new BackupFolder(Path.GetFullPath(Path.Combine(contentRoot, configured)));
        }

        var database = SqliteConnectionString(configuration, contentRoot) is { } sqlite ? new SqliteConnectionStringBuilder(sqlite).DataSource : "";
        var beside = Path.IsPathRooted(database) ? Path.GetDirectoryName(database)! : contentRoot;
        return new BackupFolder(Path.Combine(beside, BackupFolder.DefaultName));
    }

    public static IServiceCollection AddPortalBackups(this IServiceCollection services)
    {
        services.AddScoped<PortalBackups>();
        services.AddSingleton(provider => Folder(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        return services;
    }
}
