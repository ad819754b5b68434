using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.Builders;

namespace AdminPortal.Core.Tests.Data;

/// <summary>
/// A save that changes nothing the object shows commits nothing: the configuration's version (which the shared
/// design review and the previews are keyed by) and the object's concurrency version stay put, and a real edit of
/// the same copy afterwards is not taken for a stale one.
/// </summary>
public abstract class UnchangedSaveTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private ConfigurationStore Store => _database.Store;

    [Fact]
    public async Task Save_LoadedObjectWithPartsUnchanged_MovesNoVersionAndKeepsItsParts()
    {
        var a = await SavedDevicePoolIdAsync(_database, "A_DP");
        var b = await SavedDevicePoolIdAsync(_database, "B_DP");
        var id = (await Store.SaveAsync(Dmi("Kept_dmi", "10.6.0.0", 16, a, b))).Id;
        var loaded = await Store.LoadAsync<DeviceMobilityInfo>(id);
        var sequence = await WriteSequenceAsync();
        var version = loaded!.Version;

        var result = await Store.SaveAsync(loaded);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.True(result.Unchanged);
        Assert.Equal(sequence, await WriteSequenceAsync());
        Assert.Equal(version, loaded.Version);
        var stored = await Store.LoadAsync<DeviceMobilityInfo>(id);
        Assert.Equal(version, stored!.Version);
        Assert.Equal([a, b], stored.DevicePools.OrderBy(p => p.SortOrder).Select(p => p.DevicePoolId));
    }

    [Fact]
    public async Task Save_EditAfterAnUnchangedSaveOfTheSameCopy_IsWrittenAndMovesTheVersion()
    {
        var id = (await Store.SaveAsync(new PhysicalLocation { Name = "Same_phyloc", Description = "before" })).Id;
        var copy = await Store.LoadAsync<PhysicalLocation>(id);
        await Store.SaveAsync(copy!);
        var sequence = await WriteSequenceAsync();

        copy!.Description = "after";
        var result = await Store.SaveAsync(copy);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.False(result.Unchanged);
        Assert.True(await WriteSequenceAsync() > sequence);
        Assert.Equal("after", (await Store.LoadAsync<PhysicalLocation>(id))!.Description);
    }

    [Fact]
    public async Task Save_ReorderedPartsOnly_IsAChangeAndIsWritten()
    {
        var a = await SavedDevicePoolIdAsync(_database, "A_DP");
        var b = await SavedDevicePoolIdAsync(_database, "B_DP");
        var id = (await Store.SaveAsync(Dmi("Order_dmi", "10.7.0.0", 16, a, b))).Id;
        var loaded = await Store.LoadAsync<DeviceMobilityInfo>(id);
        var sequence = await WriteSequenceAsync();

        loaded!.DevicePools = [.. loaded.DevicePools.OrderByDescending(p => p.SortOrder)];
        var result = await Store.SaveAsync(loaded);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.False(result.Unchanged);
        Assert.True(await WriteSequenceAsync() > sequence);
    }

    private async Task<long> WriteSequenceAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.ClusterGuards.Select(g => g.WriteSequence).SingleAsync();
    }
}

public sealed class UnchangedSaveTests_OnSqlite : UnchangedSaveTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class UnchangedSaveTests_OnPostgres : UnchangedSaveTests<PostgresTestDatabase>;
