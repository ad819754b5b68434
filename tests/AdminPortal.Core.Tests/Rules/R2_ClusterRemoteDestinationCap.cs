using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>R2: remote destinations + mobility identities in the cluster never exceed 40,000 (SRND L1404, L2170).</summary>
public abstract class R2_ClusterRemoteDestinationCap<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Save_ConcurrentWritersAt39990_EndExactlyAtTheCapWithCleanRefusals()
    {
        await LargeCluster.SeedAsync(_database, 39_990);
        var writers = await WritersAsync(count: 8, limit: 10);

        // 8 writers × 5 new destinations each, all at once, each through its own store and connection.
        var results = await Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
        {
            var outcomes = new List<SaveResult>();
            for (var i = 0; i < 5; i++)
            {
                outcomes.Add(await _database.Store.SaveAsync(NewDestination(writer, $"+4420{w}{i:D7}")));
            }

            return outcomes;
        })));

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(10, all.Count(r => r.Succeeded));
        var refusals = all.Where(r => !r.Succeeded).ToList();
        Assert.Equal(30, refusals.Count);
        Assert.All(refusals, r => Assert.Equal("R2", Assert.Single(r.Errors).RuleId));
        await using var db = _database.CreateDbContext();
        Assert.Equal(40_000, await db.RemoteDestinations.CountAsync());
        Assert.Equal(40_000, await ClusterGuard.RemoteDestinationCountAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task Save_AtTheCap_IsRefusedAndChangesNothing()
    {
        await LargeCluster.SeedAsync(_database, 40_000);
        var owner = (await WritersAsync(count: 1, limit: 4))[0];

        var result = await _database.Store.SaveAsync(NewDestination(owner, "+442070000001"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("R2", error.RuleId);
        Assert.Equal("DestinationNumber", error.Field);
        Assert.Contains("40,000", error.Message, StringComparison.Ordinal);
        Assert.Contains("SRND L1404", error.Message, StringComparison.Ordinal);
        await using var db = _database.CreateDbContext();
        Assert.Equal(40_000, await db.RemoteDestinations.CountAsync());
        Assert.False(await db.RemoteDestinations.AnyAsync(r => r.DestinationNumber == "+442070000001"));
    }

    [Fact]
    public async Task Delete_AtTheCap_FreesAPlaceForTheNextSave()
    {
        await LargeCluster.SeedAsync(_database, 40_000);
        var owner = (await WritersAsync(count: 1, limit: 4))[0];
        int victim;
        await using (var db = _database.CreateDbContext())
        {
            victim = await db.RemoteDestinations.Where(r => r.DestinationNumber == LargeCluster.Number(0)).Select(r => r.Id).SingleAsync();
        }

        Assert.True((await _database.Store.DeleteAsync<RemoteDestination>([victim])).Succeeded);
        var result = await _database.Store.SaveAsync(NewDestination(owner, "+442070000002"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var check = _database.CreateDbContext();
        Assert.Equal(40_000, await check.RemoteDestinations.CountAsync());
    }

    [Fact]
    public async Task Save_EditOfAnExistingDestinationAtTheCap_IsAllowed()
    {
        await LargeCluster.SeedAsync(_database, 40_000);
        await using var db = _database.CreateDbContext();
        var id = await db.RemoteDestinations.Where(r => r.DestinationNumber == LargeCluster.Number(7)).Select(r => r.Id).SingleAsync();
        var existing = await _database.Store.LoadAsync<RemoteDestination>(id);
        existing!.Name = "renamed at the cap";

        var result = await _database.Store.SaveAsync(existing);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    private async Task<List<(int Owner, int Profile)>> WritersAsync(int count, int limit)
    {
        var poolId = await Builders.SavedDevicePoolIdAsync(_database, "writers_DP");
        var writers = new List<(int, int)>();
        for (var w = 0; w < count; w++)
        {
            var user = await _database.Store.SaveAsync(new EndUser { UserId = $"writer{w}", LastName = "Writer", EnableMobility = true, RemoteDestinationLimit = limit });
            var profile = await _database.Store.SaveAsync(new RemoteDestinationProfile { Name = $"WRITER{w}_RDP", UserId = user.Id, DevicePoolId = poolId });
            Assert.True(profile.Succeeded, string.Join("; ", profile.Errors));
            writers.Add((user.Id, profile.Id));
        }

        return writers;
    }

    private static RemoteDestination NewDestination((int Owner, int Profile) writer, string number) => new()
    {
        Name = $"mobile {number.TrimStart('+')}",
        DestinationNumber = number,
        OwnerId = writer.Owner,
        RemoteDestinationProfileId = writer.Profile,
        RingSchedule = new RingSchedule { AllTheTime = true },
    };
}

public sealed class R2_ClusterRemoteDestinationCap_OnSqlite : R2_ClusterRemoteDestinationCap<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R2_ClusterRemoteDestinationCap_OnPostgres : R2_ClusterRemoteDestinationCap<PostgresTestDatabase>;
