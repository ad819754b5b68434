using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdminPortal.Core.Data;

/// <summary>
/// How every SQLite connection of the portal is set up when it opens (decision 010): write-ahead log, one sync at
/// checkpoints rather than at every commit, and SQLite's own wait for the write lock. A commit in WAL with
/// <c>synchronous = NORMAL</c> survives a crash or kill of the portal; only a power cut or an OS crash can lose the
/// last commits before the next checkpoint (never corrupt the file). Temporary storage in memory (decision 028): a
/// statement that writes many rows keeps the pages it changed in a statement journal, and SQLite's default moved one
/// past 64 KiB into a temporary file, written page by page; a bulk import's multi-row INSERTs spent a third of their
/// time there. The portal's temporary data (statement journals, the few sorts without an index) is a few MiB at most.
/// </summary>
public sealed class SqliteSettings : DbConnectionInterceptor
{
    /// <summary>The statement run on each opened connection (the benchmarks' raw baseline runs it too).</summary>
    public const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA temp_store = MEMORY;";

    public static readonly SqliteSettings Instance = new();

    private SqliteSettings()
    {
    }

    // The settings belong to the native connection, which the pool keeps open and hands out again: set them once.
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            if (Configured.TryGetValue(handle, out _))
            {
                return;
            }

            Configured.AddOrUpdate(handle, handle);
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    // SQLite answers at once: there is nothing to await.
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }
}
