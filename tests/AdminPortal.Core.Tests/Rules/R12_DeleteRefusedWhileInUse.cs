using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// R12: an object cannot be deleted while another refers to it; the refusal lists the dependents as Unified CM's
/// dependency records do, and deletes nothing.
/// </summary>
public abstract class R12_DeleteRefusedWhileInUse<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R12_DeleteRefusedWhileInUse() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Delete_DevicePoolUsedByAPhone_ListsThePhoneAndDeletesNothing()
    {
        var pool = await _rules.PoolIdAsync();
        var phone = await _rules.PhoneAsync("SEP001122334455", DeviceType.CiscoIpPhone8865);
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.DeleteAsync<DevicePool>([pool]);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Deleted);
        var dependent = Assert.Single(result.Dependents);
        Assert.Equal(new DependencyRecord("Phone", phone, "SEP001122334455", "Device Pool"), dependent);
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.True(await db.DevicePools.AnyAsync(p => p.Id == pool));
    }

    [Fact]
    public async Task Delete_UnusedDevicePool_Succeeds()
    {
        var pool = await _rules.PoolIdAsync();
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.DeleteAsync<DevicePool>([pool]);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Deleted);
        Assert.NotEqual(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.False(await db.DevicePools.AnyAsync());
    }

    [Fact]
    public async Task Delete_DevicePoolOnceItsPhoneIsDeleted_Succeeds()
    {
        var pool = await _rules.PoolIdAsync();
        var phone = await _rules.PhoneAsync("SEP001122334455", DeviceType.CiscoIpPhone8865);
        Assert.False((await _rules.Store.DeleteAsync<DevicePool>([pool])).Succeeded);

        var phoneDeleted = await _rules.Store.DeleteAsync<Phone>([phone]);
        var poolDeleted = await _rules.Store.DeleteAsync<DevicePool>([pool]);

        Assert.Equal(1, phoneDeleted.Deleted);
        Assert.Equal(1, poolDeleted.Deleted);
    }

    [Fact]
    public async Task Delete_UserWithAProfileAndDestinations_ListsThemAndDeletesNothing()
    {
        var user = await _rules.UserAsync("jsmith");
        var mobile = await _rules.AddDestinationAsync(user, "+14085557890");
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.DeleteAsync<EndUser>([user.Id]);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Deleted);
        Assert.Contains(new DependencyRecord("Remote Destination Profile", user.ProfileId, "JSMITH_RDP", "User"), result.Dependents);
        Assert.Contains(result.Dependents, d => d.ObjectType == "Remote Destination" && d.Id == mobile && d.Field == "Owner");
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task Delete_PhysicalLocationOfASiteAndAPool_ListsBoth()
    {
        var location = await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc");
        var site = await _rules.SiteAsync("San Jose", location);
        var pool = await _rules.NewPoolAsync("SJ_DP");
        pool.SiteId = site;
        pool.PhysicalLocationId = location;
        var poolId = await _rules.SavedAsync(pool);
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.DeleteAsync<PhysicalLocation>([location]);

        Assert.Equal(0, result.Deleted);
        Assert.Contains(new DependencyRecord("Site", site, "San Jose", "Physical Location"), result.Dependents);
        Assert.Contains(new DependencyRecord("Device Pool", poolId, "SJ_DP", "Physical Location"), result.Dependents);
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task Delete_DestinationWithItsRingSchedule_SucceedsAndFreesItsPlaceInTheClusterCount()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "+14085557890", r => r.RingSchedule = new RingSchedule
        {
            AllTheTime = false,
            Entries = [new RingScheduleEntry { Day = DayOfWeek.Monday, Kind = RingScheduleEntryKind.AllDay }],
        });

        var result = await _rules.Store.DeleteAsync<RemoteDestination>([id]);

        Assert.Equal(1, result.Deleted);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.RingSchedules.AnyAsync());
        Assert.False(await db.RingScheduleEntries.AnyAsync());
        Assert.Equal(0, await ClusterGuard.RemoteDestinationCountAsync(db, CancellationToken.None));
    }
}

public sealed class R12_DeleteRefusedWhileInUse_OnSqlite : R12_DeleteRefusedWhileInUse<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R12_DeleteRefusedWhileInUse_OnPostgres : R12_DeleteRefusedWhileInUse<PostgresTestDatabase>;
