using System.Linq.Expressions;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.Builders;

namespace AdminPortal.Core.Tests.Data;

public abstract class ConfigurationStoreTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private ConfigurationStore Store => _database.Store;

    [Fact]
    public async Task Save_ValidNewObject_PersistsIt()
    {
        var result = await Store.SaveAsync(new PhysicalLocation { Name = "  SJ_phyloc ", Description = "San Jose" });

        Assert.True(result.Succeeded);
        var saved = await Store.LoadAsync<PhysicalLocation>(result.Id);
        Assert.Equal("SJ_phyloc", saved!.Name);
        Assert.Equal("San Jose", saved.Description);
    }

    [Fact]
    public async Task Save_InvalidObject_SavesNothingAndReportsTheField()
    {
        var result = await Store.SaveAsync(new Site { Name = "", PstnAccessCode = "x" });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == "Name");
        Assert.Contains(result.Errors, e => e.Field == "PstnAccessCode");
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Sites.CountAsync());
    }

    [Fact]
    public async Task Save_EditOfStaleCopy_IsRefusedAndKeepsTheOtherEdit()
    {
        var id = (await Store.SaveAsync(new PhysicalLocation { Name = "LON_phyloc" })).Id;
        var first = await Store.LoadAsync<PhysicalLocation>(id);
        var second = await Store.LoadAsync<PhysicalLocation>(id);
        first!.Description = "first admin";
        second!.Description = "second admin";

        var firstResult = await Store.SaveAsync(first);
        var secondResult = await Store.SaveAsync(second);

        Assert.True(firstResult.Succeeded);
        Assert.False(secondResult.Succeeded);
        Assert.Equal(ConfigurationStore.ConcurrencyMessage, Assert.Single(secondResult.Errors).Message);
        Assert.Equal("first admin", (await Store.LoadAsync<PhysicalLocation>(id))!.Description);
    }

    [Fact]
    public async Task Save_DmiWithReorderedPools_ReplacesThePoolListInOrder()
    {
        var a = await SavedDevicePoolIdAsync(_database, "A_DP");
        var b = await SavedDevicePoolIdAsync(_database, "B_DP");
        var id = (await Store.SaveAsync(Dmi("Ordered_dmi", "10.5.0.0", 16, a, b))).Id;
        var loaded = await Store.LoadAsync<DeviceMobilityInfo>(id);

        loaded!.DevicePools = [.. loaded.DevicePools.OrderByDescending(p => p.SortOrder)];
        var result = await Store.SaveAsync(loaded);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var db = _database.CreateDbContext();
        var order = await db.DeviceMobilityInfoDevicePools.Where(p => p.DeviceMobilityInfoId == id)
            .OrderBy(p => p.SortOrder).Select(p => p.DevicePoolId).ToListAsync();
        Assert.Equal([b, a], order);
    }

    [Fact]
    public async Task Save_CopyOfAnObject_DoesNotTouchTheOriginal()
    {
        var poolId = await SavedDevicePoolIdAsync(_database, "Orig_DP");
        var original = await Store.LoadAsync<DevicePool>(poolId);

        original!.Id = 0;
        original.Name = "Copy_DP";
        var result = await Store.SaveAsync(original);

        Assert.True(result.Succeeded);
        Assert.NotEqual(poolId, result.Id);
        Assert.Equal("Orig_DP", (await Store.LoadAsync<DevicePool>(poolId))!.Name);
    }

    [Fact]
    public async Task Delete_DevicePoolInUse_IsRefusedAndNamesItsDependents()
    {
        var poolId = await SavedDevicePoolIdAsync(_database, "SJ_DP");
        Assert.True((await Store.SaveAsync(Dmi("SJ_dmi", "10.10.0.0", 16, poolId))).Succeeded);
        await using (var db = _database.CreateDbContext())
        {
            db.Phones.Add(new Phone { Name = "SEP001122334455", DevicePoolId = poolId, DeviceType = DeviceType.CiscoIpPhone8865 });
            await db.SaveChangesAsync();
        }

        var result = await Store.DeleteAsync<DevicePool>([poolId]);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Deleted);
        Assert.Contains(result.Dependents, d => d is { ObjectType: "Device Mobility Info", Name: "SJ_dmi", Field: "Device Pool" });
        Assert.Contains(result.Dependents, d => d is { ObjectType: "Phone", Name: "SEP001122334455" });
        Assert.NotNull(await Store.LoadAsync<DevicePool>(poolId));
    }

    [Fact]
    public async Task Delete_SeveralWhereOneIsInUse_DeletesNone()
    {
        var free = (await Store.SaveAsync(new PhysicalLocation { Name = "Free_phyloc" })).Id;
        var used = (await Store.SaveAsync(new PhysicalLocation { Name = "Used_phyloc" })).Id;
        Assert.True((await Store.SaveAsync(new Site { Name = "Site", PhysicalLocationId = used })).Succeeded);

        var result = await Store.DeleteAsync<PhysicalLocation>([free, used]);

        var dependent = Assert.Single(result.Dependents);
        Assert.Equal("Site 'Site' (as Physical Location)", dependent.ToString());
        Assert.NotNull(await Store.LoadAsync<PhysicalLocation>(free));
    }

    [Fact]
    public async Task Delete_DmiWithItsPoolList_DeletesTheListAndFreesThePool()
    {
        var poolId = await SavedDevicePoolIdAsync(_database);
        var dmiId = (await Store.SaveAsync(Dmi("Gone_dmi", "10.6.0.0", 16, poolId))).Id;

        var deleted = await Store.DeleteAsync<DeviceMobilityInfo>([dmiId]);
        var poolDeleted = await Store.DeleteAsync<DevicePool>([poolId]);

        Assert.Equal(1, deleted.Deleted);
        Assert.Equal(1, poolDeleted.Deleted);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.DeviceMobilityInfoDevicePools.CountAsync());
    }

    [Fact]
    public async Task Delete_UnusedSeedData_LeavesUsedRowsAndReportsDemoDependents()
    {
        await using (var db = _database.CreateDbContext())
        {
            await DemoData.SeedAsync(db);
        }

        await using var read = _database.CreateDbContext();
        var sjPool = await read.DevicePools.SingleAsync(p => p.Name == "SJ_DP");

        var records = await Store.DependencyRecordsAsync<DevicePool>(sjPool.Id);

        Assert.Contains(records, r => r.ObjectType == "Remote Destination Profile" && r.Name == "JSMITH_RDP");
        Assert.Contains(records, r => r.ObjectType == "Device Mobility Info" && r.Name == "VPN_concentrator_dmi");
    }

    [Theory]
    [InlineData(MatchCondition.BeginsWith, "sj", "SJ_a,SJ_b")]
    [InlineData(MatchCondition.Contains, "_B", "RTP_b,SJ_b")]
    [InlineData(MatchCondition.EndsWith, "a", "SJ_a")]
    [InlineData(MatchCondition.IsExactly, "rtp_b", "RTP_b")]
    [InlineData(MatchCondition.BeginsWith, "", "RTP_b,SJ_a,SJ_b")]
    public async Task Find_ByNameCondition_FiltersCaseInsensitively(MatchCondition condition, string text, string expected)
    {
        foreach (var name in new[] { "SJ_a", "SJ_b", "RTP_b" })
        {
            await Store.SaveAsync(new PhysicalLocation { Name = name });
        }

        var page = await Store.FindAsync(Request(condition, text), p => p.Name);

        Assert.Equal(expected, string.Join(",", page.Rows));
    }

    [Fact]
    public async Task Find_SecondPageSortedDescending_ReturnsThatPageAndTheTotal()
    {
        for (var i = 0; i < 25; i++)
        {
            await Store.SaveAsync(new PhysicalLocation { Name = $"loc{i:00}" });
        }

        var page = await Store.FindAsync(Request(MatchCondition.BeginsWith, "loc") with { PageIndex = 1, PageSize = 10, Descending = true }, p => p.Name);

        Assert.Equal(25, page.TotalCount);
        Assert.Equal(["loc14", "loc13", "loc12", "loc11", "loc10", "loc09", "loc08", "loc07", "loc06", "loc05"], page.Rows);
    }

    private static FindRequest<PhysicalLocation> Request(MatchCondition condition, string text) => new()
    {
        Field = p => p.Name,
        Condition = condition,
        Text = text,
        SortKeys = new Dictionary<string, LambdaExpression> { ["Name"] = (Expression<Func<PhysicalLocation, string>>)(p => p.Name) },
    };
}

public sealed class ConfigurationStoreTests_OnSqlite : ConfigurationStoreTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class ConfigurationStoreTests_OnPostgres : ConfigurationStoreTests<PostgresTestDatabase>;
