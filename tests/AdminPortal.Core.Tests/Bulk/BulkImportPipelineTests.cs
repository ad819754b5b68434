using System.Data.Common;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.ImportFiles;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>
/// Decision 023: a full chunk of new destinations is written by a writer task while the next rows are judged. A
/// writer's failure fails the whole import (nothing written, even the chunks written before it, even when a later
/// row was refused); a name looked up in the database waits for the writer; every row and its audit entry arrive.
/// </summary>
public abstract class BulkImportPipelineTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private const int Rows = (DestinationImport.Chunk * 2) + 1_000;

    // In the second chunk: the first is written by then, the second is written while the third is judged.
    private const int Poisoned = DestinationImport.Chunk + 500;

    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected BulkImportPipelineTests() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private BulkImport Import => new(_database, new SystemChange("tests"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AWriterFailure_RollsBackEverything_EvenAfterALaterRefusal(bool laterRowRefused)
    {
        await BulkOwners.SeedAsync(_database, Rows / 10, limit: 10);
        await RefusePoisonAsync();
        var before = await _rules.FingerprintAsync();
        var rows = Enumerable.Range(0, Rows).Select(i => BulkOwners.Destination(i)).ToArray();
        rows[Poisoned] = rows[Poisoned] with { Name = "poison" };
        if (laterRowRefused)
        {
            rows[Rows - 10] = rows[Rows - 10] with { AnswerTooSoonTimer = -1 };
        }

        await Assert.ThrowsAnyAsync<DbException>(() => Import.ImportAsync([Destinations(rows)], ImportMode.All));

        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task AnUnknownNameWhileAChunkIsWritten_IsRefused_AndEveryOtherRowArrivesWithItsAuditEntry()
    {
        await BulkOwners.SeedAsync(_database, Rows / 10, limit: 10);
        var rows = Enumerable.Range(0, Rows).Select(i => BulkOwners.Destination(i)).ToArray();
        // Not preloaded: the name is looked up in the database, after the writer of the first chunk is done.
        rows[DestinationImport.Chunk + 1] = rows[DestinationImport.Chunk + 1] with { OwnerUserId = "nobody" };

        var report = await Import.ImportAsync([Destinations(rows)], ImportMode.ValidRows, jobId: "job-pipeline");

        var refused = Assert.Single(report.Errors);
        Assert.Equal((DestinationImport.Chunk + 3, "OWNERUSERID"), (refused.Row, refused.Column));
        Assert.Equal((Rows, Rows - 1, true), (report.Rows, report.Accepted, report.Applied));
        await using var db = _database.CreateDbContext();
        var audited = await db.AuditEntries.Where(e => e.JobId == "job-pipeline").Select(e => new { e.ObjectId, e.ObjectName }).ToListAsync();
        Assert.Equal(Rows - 1, await db.RemoteDestinations.CountAsync());
        Assert.Equal(Rows - 1, await db.RingSchedules.CountAsync());
        Assert.Equal(Rows - 1, await ClusterGuard.RemoteDestinationCountAsync(db, default));
        // One entry per destination, under its own id and name.
        var names = await db.RemoteDestinations.ToDictionaryAsync(r => r.Id, r => r.Name);
        Assert.Equal(names.OrderBy(n => n.Key).Select(n => (n.Key, n.Value)), audited.OrderBy(a => a.ObjectId).Select(a => (a.ObjectId!.Value, a.ObjectName)));
    }

    // A trigger stands for any failure of the database while a chunk is written.
    private async Task RefusePoisonAsync()
    {
        await using var db = _database.CreateDbContext();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION refuse_named() RETURNS trigger AS $$ BEGIN IF NEW."Name" = 'poison' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
                CREATE TRIGGER refuse_named BEFORE INSERT ON "RemoteDestinations" FOR EACH ROW EXECUTE FUNCTION refuse_named();
                """);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("""CREATE TRIGGER refuse_named BEFORE INSERT ON "RemoteDestinations" WHEN NEW."Name" = 'poison' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;""");
        }
    }
}

public sealed class BulkImportPipelineTests_OnSqlite : BulkImportPipelineTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class BulkImportPipelineTests_OnPostgres : BulkImportPipelineTests<PostgresTestDatabase>;
