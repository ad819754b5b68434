using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.ImportFiles;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>
/// Issue 12, R2 under concurrency: an import racing page saves never leaves more than 40,000 remote destinations +
/// mobility identities. The import takes the same cluster lock as the store, so whichever comes first is judged
/// against a count the other cannot change meanwhile.
/// </summary>
public abstract class BulkImportConcurrencyTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(ImportMode.ValidRows)]
    [InlineData(ImportMode.All)]
    public async Task ImportOf20RacingEightWritersAt39990_EndsExactlyAt40000(ImportMode mode)
    {
        await LargeCluster.SeedAsync(_database, 39_990);
        var writers = await DestinationWriters.CreateAsync(_database, 8, limit: 10);
        var importers = await DestinationWriters.CreateAsync(_database, 2, limit: 10, prefix: "importer");
        var file = Destinations([.. Enumerable.Range(0, 20).Select(i => Destination($"importer{i % 2}", $"+4430{i:D7}"))]);

        var import = Task.Run(() => new BulkImport(_database, new SystemChange("importer")).ImportAsync([file], mode));
        var saves = writers.Select((writer, w) => Task.Run(async () =>
        {
            var outcomes = new List<SaveResult>();
            for (var i = 0; i < 5; i++)
            {
                outcomes.Add(await _database.Store.SaveAsync(DestinationWriters.NewDestination(writer, $"+4420{w}{i:D7}")));
            }

            return outcomes;
        })).ToList();
        var report = await import;
        var saved = (await Task.WhenAll(saves)).SelectMany(r => r).ToList();

        var imported = report.Applied ? report.Accepted : 0;
        Assert.Equal(10, imported + saved.Count(r => r.Succeeded));
        Assert.All(saved.Where(r => !r.Succeeded), r => Assert.Equal("R2", Assert.Single(r.Errors).RuleId));
        Assert.All(report.Errors, e => Assert.Equal("R2", e.Rule));
        await using var db = _database.CreateDbContext();
        Assert.Equal(40_000, await db.RemoteDestinations.CountAsync());
        Assert.Equal(40_000, await ClusterGuard.RemoteDestinationCountAsync(db, CancellationToken.None));
    }
}

public sealed class BulkImportConcurrencyTests_OnSqlite : BulkImportConcurrencyTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class BulkImportConcurrencyTests_OnPostgres : BulkImportConcurrencyTests<PostgresTestDatabase>;
