using AdminPortal.Core.Operations;

namespace AdminPortal.Web.Operations;

/// <summary>
/// The web app's command-line verbs, run instead of the web host: <c>backup --to FILE</c> (an online backup of the
/// SQLite database; the portal may be running) and <c>restore --from FILE</c> (replaces the SQLite database with a
/// backup; stop the portal first). They read the same configuration as the portal (appsettings, environment,
/// <c>--ConnectionStrings:Portal=...</c>). On PostgreSQL they say to use pg_dump/pg_restore (decision 014).
/// </summary>
public static class PortalCommands
{
    public const string Usage = "Usage: AdminPortal.Web backup --to FILE | restore --from FILE";

    public const int Done = 0;
    public const int Failed = 1;
    public const int Misused = 2;

    public static bool IsCommand(string[] args) => args is ["backup", ..] or ["restore", ..];

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, string contentRoot, TextWriter output, TextWriter error)
    {
        var (verb, option) = args[0] == "backup" ? ("backup", "--to") : ("restore", "--from");
        var at = Array.IndexOf(args, option);
        if (at < 0 || at + 1 >= args.Length || args[at + 1].StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"{verb} needs {option} FILE. {Usage}");
            return Misused;
        }

        if (BackupSettings.SqliteConnectionString(configuration, contentRoot) is not { } database)
        {
            await error.WriteLineAsync(PortalBackups.PostgresMessage);
            return Misused;
        }

        var file = Path.GetFullPath(args[at + 1]);
        try
        {
            if (verb == "backup")
            {
                await SqliteBackup.BackupAsync(database, file);
                await output.WriteLineAsync($"Backed up the portal's database to {file} ({new FileInfo(file).Length:N0} bytes).");
            }
            else
            {
                await SqliteBackup.RestoreAsync(file, database);
                await output.WriteLineAsync($"Restored {file} into the portal's database. Start the portal.");
            }

            return Done;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            await error.WriteLineAsync($"{verb} failed: {e.Message}");
            return Failed;
        }
    }
}
