using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Operations;

/// <summary>
/// The Backups page's work: an online backup of the SQLite database into the backup folder (<c>Backup:Folder</c>,
/// by default <c>backups</c> beside the database), by administrators only, and the list of backups there. PostgreSQL
/// is backed up with <c>pg_dump</c> (README); restoring is a command run with the portal stopped (decision 014).
/// </summary>
public sealed class PortalBackups(IDbContextFactory<PortalDbContext> contexts, IChangeAuthorization changes, BackupFolder folder, TimeProvider time)
{
    public const string NotAllowedMessage = "Only administrators can take backups (Read-Only Administrators can look at the list). Nothing was written.";

    public const string PostgresMessage =
        "This portal runs on PostgreSQL: back it up with pg_dump and restore with pg_restore (see the README). Nothing was written.";

    public const string FilePrefix = "adminportal-";

    public async Task<bool> MayBackUpAsync(CancellationToken cancellation = default) => (await changes.ActorAsync(cancellation)).MayChange;

    public async Task<bool> IsSqliteAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return db.Database.IsSqlite();
    }

    /// <summary>The backups in the folder, newest first.</summary>
    public IReadOnlyList<BackupFile> List()
    {
        var directory = new DirectoryInfo(folder.Path);
        return directory.Exists
            ? [.. directory.EnumerateFiles(FilePrefix + "*.db").OrderByDescending(f => f.LastWriteTimeUtc).Select(f => new BackupFile(f.Name, f.Length, f.LastWriteTimeUtc))]
            : [];
    }

    /// <summary>Takes a backup now, while the portal keeps serving; named by the time, to the second (UTC).</summary>
    public async Task<BackupOutcome> TakeAsync(CancellationToken cancellation = default)
    {
        if (!await MayBackUpAsync(cancellation))
        {
            return new BackupOutcome(null, NotAllowedMessage);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        if (!db.Database.IsSqlite())
        {
            return new BackupOutcome(null, PostgresMessage);
        }

        var name = $"{FilePrefix}{time.GetUtcNow():yyyyMMdd-HHmmss}.db";
        var path = Path.Combine(folder.Path, name);
        if (File.Exists(path))
        {
            return new BackupOutcome(null, $"A backup named {name} was taken this second already. Nothing was written.");
        }

        await SqliteBackup.BackupAsync(db.Database.GetConnectionString()!, path, cancellation);
        var file = new FileInfo(path);
        return new BackupOutcome(new BackupFile(name, file.Length, file.LastWriteTimeUtc), null);
    }
}
