using AdminPortal.Core.Data;
using AdminPortal.Core.Operations;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AdminPortal.Core.Tests.Operations;

/// <summary>An online SQLite backup taken while writers save, restored into a fresh database (decision 014).</summary>
public sealed class SqliteBackupTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _portal = new();
    private readonly SqliteTestDatabase _restored = new();
    private readonly string _backup = Path.Combine(Path.GetTempPath(), $"adminportal-backup-{Guid.NewGuid():N}.db");

    private string RestoredFile => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_restored.ConnectionString).DataSource;

    public async Task InitializeAsync()
    {
        await _portal.InitializeAsync();
        await using var db = _portal.CreateDbContext();
        await DatabaseStartup.PrepareAsync(db, seedDemoData: true, NullLogger.Instance);
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _restored.DisposeAsync();
        File.Delete(_backup);
    }

    [Fact]
    public async Task Backup_TakenWhileWritersSave_RestoresIntoAFreshDatabaseConsistently()
    {
        var writers = await DestinationWriters.CreateAsync(_portal, count: 4, limit: 10);
        using var started = new SemaphoreSlim(0);
        var saving = writers.Select((writer, w) => Task.Run(async () =>
        {
            var outcomes = new List<SaveResult>();
            for (var i = 0; i < 10; i++)
            {
                outcomes.Add(await _portal.Store.SaveAsync(DestinationWriters.NewDestination(writer, $"+4420{w}{i:D7}")));
                if (i == 2)
                {
                    started.Release();
                }
            }

            return outcomes;
        })).ToList();
        for (var w = 0; w < writers.Count; w++)
        {
            await started.WaitAsync();
        }

        await SqliteBackup.BackupAsync(_portal.ConnectionString, _backup);
        var written = (await Task.WhenAll(saving)).SelectMany(o => o).ToList();
        await SqliteBackup.RestoreAsync(_backup, _restored.ConnectionString);

        Assert.All(written, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors)));
        Assert.Equal(SqliteBackup.IntegrityOk, await SqliteBackup.IntegrityCheckAsync(_backup));
        Assert.Equal(SqliteBackup.IntegrityOk, await SqliteBackup.IntegrityCheckAsync(RestoredFile));
        await using var db = _restored.CreateDbContext();
        var rows = await db.RemoteDestinations.CountAsync();
        Assert.Equal(rows, await ClusterGuard.RemoteDestinationCountAsync(db, default));
        // The copy is of a moment during the writes: after the first saves, and it holds whole saves only.
        var writerRows = await db.RemoteDestinations.CountAsync(r => r.DestinationNumber.StartsWith("+4420"));
        Assert.InRange(writerRows, writers.Count * 3, writers.Count * 10);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Restore_OfADamagedBackup_IsRefusedAndChangesNothing()
    {
        await SqliteBackup.BackupAsync(_portal.ConnectionString, _backup);
        await using (var file = new FileStream(_backup, FileMode.Open, FileAccess.Write))
        {
            file.Seek(4096 * 3, SeekOrigin.Begin);
            file.Write(new byte[4096 * 4]);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => SqliteBackup.RestoreAsync(_backup, _restored.ConnectionString));

        Assert.False(File.Exists(RestoredFile));
    }

    [Fact]
    public async Task Backup_OverAnExistingFile_IsRefused()
    {
        await File.WriteAllTextAsync(_backup, "keep me");

        await Assert.ThrowsAsync<IOException>(() => SqliteBackup.BackupAsync(_portal.ConnectionString, _backup));

        Assert.Equal("keep me", await File.ReadAllTextAsync(_backup));
    }
}
