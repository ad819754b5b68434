using System.Text.Json;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Interchange;

/// <summary>
/// Every object of the demo configuration, read as AXL names it and written back unchanged, is saved and reads back
/// the same: each field is mapped both ways, and the write goes through the store's rules. A change made through a
/// resource lands on the entity.
/// </summary>
public abstract class AxlRoundTripTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    private AxlService Axl => new(_database, _database.Store);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateDbContext();
        await DemoData.SeedAsync(db);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task EveryDemoObject_WrittenBackAsRead_SavesAndReadsTheSame()
    {
        var before = await FingerprintAsync();

        await RoundTripAsync<AxlSite, Site>();
        await RoundTripAsync<AxlNamedObject<PhysicalLocation>, PhysicalLocation>();
        await RoundTripAsync<AxlNamedObject<Region>, Region>();
        await RoundTripAsync<AxlDevicePool, DevicePool>();
        await RoundTripAsync<AxlDeviceMobilityInfo, DeviceMobilityInfo>();
        await RoundTripAsync<AxlDirectoryNumber, DirectoryNumber>();
        await RoundTripAsync<AxlEndUser, EndUser>();
        await RoundTripAsync<AxlPhone, Phone>();
        await RoundTripAsync<AxlRemoteDestinationProfile, RemoteDestinationProfile>();
        await RoundTripAsync<AxlAccessList, AccessList>();
        await RoundTripAsync<AxlMobilityProfile, MobilityProfile>();
        await RoundTripAsync<AxlRemoteDestination, RemoteDestination>();
        await RoundTripAsync<AxlMobilitySettings, ClusterMobilitySettings>();

        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task Destination_ChangedThroughItsResource_StoresTheChangeAndKeepsThePin()
    {
        var read = await FirstAsync<AxlRemoteDestination, RemoteDestination>(r => r.Destination == "+14085557890");
        var changed = read.Resource with
        {
            DelayBeforeRingingCell = 2500,
            RingSchedule = [new AxlRingScheduleMember { StartDay = "Mon", EndDay = "Fri", StartTime = "08:00", EndTime = "18:00" }],
        };

        var write = await Axl.SaveAsync<AxlRemoteDestination, RemoteDestination>(changed, read.Resource.Id, read.Version);

        Assert.True(write.Succeeded, string.Join("; ", write.Errors));
        Assert.NotEqual(read.Version, write.Saved!.Version);
        Assert.Equal(2500, write.Saved.Resource.DelayBeforeRingingCell);
        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri"], write.Saved.Resource.RingSchedule.Select(m => m.StartDay));
        Assert.All(write.Saved.Resource.RingSchedule, m => Assert.Equal(("08:00", "18:00"), (m.StartTime, m.EndTime)));
    }

    [Fact]
    public async Task Save_WithAStaleVersion_IsRefusedAsStaleAndChangesNothing()
    {
        var read = await FirstAsync<AxlSite, Site>(s => s.Name == "RTP");
        var before = await FingerprintAsync();

        var write = await Axl.SaveAsync<AxlSite, Site>(read.Resource with { Description = "stale" }, read.Resource.Id, Guid.NewGuid());

        Assert.Equal(SaveRefusal.Stale, write.Refusal);
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task Save_WithUnknownNamesAndABadTime_RefusesEachByItsJsonField()
    {
        var read = await FirstAsync<AxlRemoteDestination, RemoteDestination>(r => r.Destination == "+14085557890");
        var broken = read.Resource with
        {
            OwnerUserId = "nobody",
            MobilityProfileName = "No Such Profile",
            RingSchedule = [new AxlRingScheduleMember { StartDay = "Mon", EndDay = "Mon", StartTime = "8:00", EndTime = "18:00" }],
            LineAssociations = [new AxlLine { Pattern = "+10000000000" }],
        };

        var write = await Axl.SaveAsync<AxlRemoteDestination, RemoteDestination>(broken, read.Resource.Id, read.Version);

        Assert.False(write.Succeeded);
        Assert.Equal(["lineAssociations[0]", "mobilityProfileName", "ownerUserId", "ringSchedule[0].startTime"], write.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Save_RefusedByADesignRule_NamesTheJsonFieldAndTheRule()
    {
        var read = await FirstAsync<AxlRemoteDestination, RemoteDestination>(r => r.Destination == "+14085557890");

        var write = await Axl.SaveAsync<AxlRemoteDestination, RemoteDestination>(read.Resource with { AnswerTooSoonTimer = 20000 }, read.Resource.Id, read.Version);

        var error = Assert.Single(write.Errors);
        Assert.Equal(("answerTooLateTimer", "R8"), (error.Field, error.RuleId));
    }

    private async Task RoundTripAsync<TAxl, TEntity>()
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var page = await Axl.ListAsync<TAxl, TEntity>(new AxlQuery(PageSize: AxlQuery.MaxPageSize));
        Assert.NotEmpty(page.Items);
        foreach (var resource in page.Items)
        {
            var read = (await Axl.GetAsync<TAxl, TEntity>(resource.Id))!;
            var write = await Axl.SaveAsync<TAxl, TEntity>(read.Resource, resource.Id, read.Version);
            Assert.True(write.Succeeded, $"{typeof(TAxl).Name} {resource.Id}: {string.Join("; ", write.Errors)}");
            Assert.Equal(JsonSerializer.Serialize(read.Resource), JsonSerializer.Serialize(write.Saved!.Resource));
        }
    }

    private async Task<AxlRead<TAxl>> FirstAsync<TAxl, TEntity>(Func<TAxl, bool> match)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var page = await Axl.ListAsync<TAxl, TEntity>(new AxlQuery(PageSize: AxlQuery.MaxPageSize));
        return (await Axl.GetAsync<TAxl, TEntity>(page.Items.Single(match).Id))!;
    }

    // Every stored row but the versions, which a save renews: what an unchanged write must leave as it was.
    private async Task<string> FingerprintAsync()
    {
        await using var db = _database.CreateDbContext();
        var rows = new List<string>();
        rows.AddRange(await db.RemoteDestinations.AsNoTracking().Include(r => r.RingSchedule!).ThenInclude(s => s.Entries).Include(r => r.Lines)
            .OrderBy(r => r.Id).Select(r => JsonSerializer.Serialize(new { r.Name, r.DestinationNumber, r.OwnerId, r.RemoteDestinationProfileId, r.DualModeDeviceId, r.AccessListId, r.CallerFilter, r.TimeZone, r.DelayBeforeRingingTimer, Entries = r.RingSchedule!.Entries.Count, Lines = r.Lines.Count }, JsonSerializerOptions.Default)).ToListAsync());
        rows.AddRange(await db.DevicePools.AsNoTracking().OrderBy(p => p.Id).Select(p => JsonSerializer.Serialize(new { p.Name, p.SiteId, p.PhysicalLocationId, p.RegionId, p.DeviceMobilityCssId, p.ConnectionMonitorDuration }, JsonSerializerOptions.Default)).ToListAsync());
        rows.AddRange(await db.EndUsers.AsNoTracking().OrderBy(u => u.Id).Select(u => JsonSerializer.Serialize(new { u.UserId, u.Pin, u.PrimaryDeviceId, u.RemoteDestinationLimit }, JsonSerializerOptions.Default)).ToListAsync());
        rows.AddRange(await db.Sites.AsNoTracking().OrderBy(s => s.Id).Select(s => JsonSerializer.Serialize(new { s.Name, s.Description, s.PhysicalLocationId }, JsonSerializerOptions.Default)).ToListAsync());
        return string.Join("\n", rows);
    }
}

public sealed class AxlRoundTripTests_OnSqlite : AxlRoundTripTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class AxlRoundTripTests_OnPostgres : AxlRoundTripTests<PostgresTestDatabase>;
