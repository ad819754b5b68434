using Microsoft.Data.Sqlite;

namespace AdminPortal.Core.Operations;

/// <summary>
/// Online backup and offline restore of the embedded SQLite database (decision 014). A backup is
/// <c>VACUUM INTO</c>: one read transaction, so it is a consistent copy of the database as of its start while other
/// connections go on writing (WAL) or wait their turn (rollback journal); the copy is compact and has no WAL of its
/// own. A restore first checks the backup (<c>PRAGMA integrity_check</c>), then copies it over the portal's database
/// with SQLite's backup API, which the portal must not have open.
/// </summary>
public static class SqliteBackup
{
    public const string IntegrityOk = "ok";

    /// <summary>Writes a consistent copy of the database at <paramref name="connectionString"/> to <paramref name="targetFile"/>, which must not exist yet.</summary>
    public static async Task BackupAsync(string connectionString, string targetFile, CancellationToken cancellation = default)
    {
        var target = Path.GetFullPath(targetFile);
        if (File.Exists(target))
        {
            throw new IOException($"{target} exists already; a backup never overwrites a file.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Read-write although it only reads: a reader of a WAL database writes to its -shm file.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString());
        await connection.OpenAsync(cancellation);
        await using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM INTO $target";
        vacuum.Parameters.AddWithValue("$target", target);
        await vacuum.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>
    /// Replaces the database at <paramref name="connectionString"/> with the backup in <paramref name="backupFile"/>,
    /// after checking the backup; a damaged backup changes nothing. The portal must be stopped.
    /// </summary>
    public static async Task RestoreAsync(string backupFile, string connectionString, CancellationToken cancellation = default)
    {
        if (!File.Exists(backupFile))
        {
            throw new FileNotFoundException($"There is no backup at {Path.GetFullPath(backupFile)}.", backupFile);
        }

        if (await IntegrityCheckAsync(backupFile, cancellation) is var check and not IntegrityOk)
        {
            throw new InvalidDataException($"{Path.GetFullPath(backupFile)} fails SQLite's integrity check, so it was not restored: {check}");
        }

        await using var source = new SqliteConnection(ReadOnly(backupFile));
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await source.OpenAsync(cancellation);
        await destination.OpenAsync(cancellation);
        source.BackupDatabase(destination);
    }

    /// <summary>SQLite's <c>PRAGMA integrity_check</c> of the file: <see cref="IntegrityOk"/>, or the problems it found.</summary>
    public static async Task<string> IntegrityCheckAsync(string file, CancellationToken cancellation = default)
    {
        await using var connection = new SqliteConnection(ReadOnly(file));
        await connection.OpenAsync(cancellation);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var problems = new List<string>();
        await using var reader = await check.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            problems.Add(reader.GetString(0));
        }

        return string.Join("; ", problems);
    }

    private static string ReadOnly(string file) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
}
