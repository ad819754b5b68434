using AdminPortal.Core.SelfCare;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.SelfCare;

/// <summary>
/// Self Care's service: a user reaches only their own destinations and access lists, whatever id they send;
/// their own changes go through the store's rules.
/// </summary>
public abstract class SelfCareOwnershipTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;
    private MobilityUser _ana = default!;
    private MobilityUser _bo = default!;
    private int _boDestination;
    private int _boList;

    protected SelfCareOwnershipTests() => _rules = new RuleFixtures(_database);

    private SelfCareService SelfCare => new(_database, _database.Store);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _ana = await _rules.UserAsync("ana", limit: 2);
        _bo = await _rules.UserAsync("bo");
        _boList = await _rules.SavedAsync(new AccessList
        {
            Name = "bo_blocked",
            OwnerId = _bo.Id,
            Members = [new AccessListMember { FilterType = AccessListFilterType.Private }],
        });
        _boDestination = await _rules.AddDestinationAsync(_bo, "+14085550100", d =>
        {
            d.CallerFilter = CallerFilterMode.DoNotRingIfCallerInBlockedList;
            d.AccessListId = _boList;
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AnotherUsersDestination_CannotBeReadChangedToggledOrDeleted_AndStaysAsItWas()
    {
        var before = await _rules.FingerprintAsync();
        var edited = Destination(_ana, "+14085550199", "taken over");

        Assert.Null(await SelfCare.DestinationAsync(_ana.Id, _boDestination));
        Assert.Equal(SelfCareService.NotYours, Assert.Single((await SelfCare.ChangeDestinationAsync(_ana.Id, _boDestination, edited)).Errors).Message);
        Assert.False((await SelfCare.SetSingleNumberReachAsync(_ana.Id, _boDestination, false)).Succeeded);
        Assert.Null(await SelfCare.DeleteDestinationAsync(_ana.Id, _boDestination));

        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Theory]
    [InlineData("+14085550100", "R4")]
    [InlineData("+14085559999", "R6")]
    [InlineData("+19995550100", "R5")]
    public async Task Add_NumberThatCollidesWithAnotherUsersConfiguration_SaysOnlyThatItCannotBeUsed(string number, string rule)
    {
        await _rules.SavedAsync(new DirectoryNumber { Pattern = "+14085559999" });
        if (rule == "R5")
        {
            await _rules.UsePartialMatchAsync(7);
        }

        var before = await _rules.FingerprintAsync();
        var edited = Destination(_ana, number);

        var typing = await SelfCare.ValidateDestinationAsync(_ana.Id, null, edited);
        var saving = await SelfCare.AddDestinationAsync(_ana.Id, edited);

        foreach (var errors in new[] { typing, saving.Errors })
        {
            var error = Assert.Single(errors, e => e.Field == nameof(RemoteDestination.DestinationNumber));
            Assert.Equal(SelfCareService.NumberNotUsable, error.Message);
            Assert.Null(error.RuleId);
        }

        // The administrator's store says why, naming the rule; the end user is not told whose number it is.
        var admin = await _database.Store.ValidateAsync(Destination(_ana, number));
        Assert.Contains(admin, e => e.RuleId == rule);
        Assert.DoesNotContain(saving.Errors, e => e.Message.Contains("+14085550100", StringComparison.Ordinal) || e.Message.Contains(rule, StringComparison.Ordinal));
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task AnotherUsersAccessList_CannotBeReadChangedUsedOrDeleted_AndStaysAsItWas()
    {
        var before = await _rules.FingerprintAsync();

        Assert.Null(await SelfCare.AccessListAsync(_ana.Id, _boList));
        var takeover = await SelfCare.SaveAccessListAsync(_ana.Id, new AccessList { Id = _boList, Name = "mine now", IsAllowedType = true });
        Assert.Equal(SelfCareService.NotYours, Assert.Single(takeover.Errors).Message);
        Assert.Null(await SelfCare.DeleteAccessListAsync(_ana.Id, _boList));
        var usingIt = Destination(_ana, "+14085550101");
        usingIt.CallerFilter = CallerFilterMode.DoNotRingIfCallerInBlockedList;
        usingIt.AccessListId = _boList;
        var refused = await SelfCare.AddDestinationAsync(_ana.Id, usingIt);
        Assert.Contains(refused.Errors, e => e.Field == "AccessListId");

        Assert.Equal(before, await _rules.FingerprintAsync());
        Assert.DoesNotContain((await SelfCare.OverviewAsync(_ana.Id))!.AccessLists, l => l.Id == _boList);
    }

    [Fact]
    public async Task AddDestination_OwnNumber_IsTheUsersOnTheirProfileWithItsLines()
    {
        var edited = Destination(_bo, "+14085550102", "Ana mobile");
        edited.IsMobilePhone = true;

        var result = await SelfCare.AddDestinationAsync(_ana.Id, edited);

        Assert.True(result.Succeeded, Describe(result));
        var stored = await _rules.LoadDestinationAsync(result.Id);
        Assert.Equal(_ana.Id, stored.OwnerId);
        Assert.Equal(_ana.ProfileId, stored.RemoteDestinationProfileId);
        Assert.True(stored.IsMobilePhone);
        var overview = (await SelfCare.OverviewAsync(_ana.Id))!;
        Assert.Equal("Ana mobile", Assert.Single(overview.Destinations).Name);
    }

    [Fact]
    public async Task AddDestination_PastTheLimit_IsRefusedByR3AndAddIsNoLongerOffered()
    {
        Assert.True((await SelfCare.AddDestinationAsync(_ana.Id, Destination(_ana, "+14085550103"))).Succeeded);
        Assert.True((await SelfCare.AddDestinationAsync(_ana.Id, Destination(_ana, "+14085550104"))).Succeeded);
        Assert.False((await SelfCare.OverviewAsync(_ana.Id))!.CanAddDestination);

        var third = await SelfCare.AddDestinationAsync(_ana.Id, Destination(_ana, "+14085550105"));

        Assert.Equal("R3", Assert.Single(third.Errors).RuleId);
        await using var db = _database.CreateDbContext();
        Assert.Equal(2, await db.RemoteDestinations.CountAsync(r => r.OwnerId == _ana.Id));
    }

    [Fact]
    public async Task ChangeDestination_Own_ChangesOnlyWhatSelfCareEdits()
    {
        var id = (await SelfCare.AddDestinationAsync(_ana.Id, Destination(_ana, "+14085550106", "Ana home"))).Id;
        var edited = (await SelfCare.DestinationAsync(_ana.Id, id))!;
        edited.DestinationNumber = "+14085550107";
        edited.RingSchedule = new RingSchedule
        {
            AllTheTime = false,
            Entries = [new RingScheduleEntry { Day = DayOfWeek.Monday, Kind = RingScheduleEntryKind.FromTo, StartMinute = 480, EndMinute = 1080 }],
        };
        edited.OwnerId = _bo.Id;
        edited.RemoteDestinationProfileId = _bo.ProfileId;
        edited.AnswerTooLateTimer = 5000;

        var result = await SelfCare.ChangeDestinationAsync(_ana.Id, id, edited);

        Assert.True(result.Succeeded, Describe(result));
        var stored = await _rules.LoadDestinationAsync(id);
        Assert.Equal("+14085550107", stored.DestinationNumber);
        Assert.Equal(480, Assert.Single(stored.RingSchedule!.Entries).StartMinute);
        Assert.Equal(_ana.Id, stored.OwnerId);
        Assert.Equal(_ana.ProfileId, stored.RemoteDestinationProfileId);
        Assert.Equal(RemoteDestination.DefaultAnswerTooLateTimer, stored.AnswerTooLateTimer);
    }

    [Fact]
    public async Task SingleNumberReach_PerDestinationAndForAll_FollowsTheUsersChoice()
    {
        var first = (await SelfCare.AddDestinationAsync(_ana.Id, Destination(_ana, "+14085550108"))).Id;
        var second = (await SelfCare.AddDestinationAsync(_ana.Id, Destination(_ana, "+14085550109"))).Id;

        Assert.True((await SelfCare.SetSingleNumberReachAsync(_ana.Id, first, false)).Succeeded);
        Assert.False((await _rules.LoadDestinationAsync(first)).EnableSingleNumberReach);
        Assert.Empty(await SelfCare.SetAllSingleNumberReachAsync(_ana.Id, false));
        Assert.False((await _rules.LoadDestinationAsync(second)).EnableSingleNumberReach);
        Assert.Empty(await SelfCare.SetAllSingleNumberReachAsync(_ana.Id, true));

        Assert.All((await SelfCare.OverviewAsync(_ana.Id))!.Destinations, d => Assert.True(d.EnableSingleNumberReach));
        Assert.True((await _rules.LoadDestinationAsync(_boDestination)).EnableSingleNumberReach);
    }

    [Fact]
    public async Task AccessList_OwnInUse_IsRefusedByR12AndFreeOneIsDeleted()
    {
        var list = await SelfCare.SaveAccessListAsync(_ana.Id, new AccessList
        {
            Name = "ana_allowed",
            OwnerId = _bo.Id,
            IsAllowedType = true,
            Members = [new AccessListMember { FilterType = AccessListFilterType.DirectoryNumber, NumberMask = "+1408555XXXX" }],
        });
        Assert.True(list.Succeeded, Describe(list));
        Assert.Equal(_ana.Id, (await SelfCare.AccessListAsync(_ana.Id, list.Id))!.OwnerId);
        var destination = Destination(_ana, "+14085550110");
        destination.CallerFilter = CallerFilterMode.RingOnlyIfCallerInAllowedList;
        destination.AccessListId = list.Id;
        var destinationId = (await SelfCare.AddDestinationAsync(_ana.Id, destination)).Id;

        var inUse = await SelfCare.DeleteAccessListAsync(_ana.Id, list.Id);
        Assert.False(inUse!.Succeeded);
        Assert.Contains(inUse.Dependents, d => d.Id == destinationId);

        Assert.True((await SelfCare.DeleteDestinationAsync(_ana.Id, destinationId))!.Succeeded);
        Assert.True((await SelfCare.DeleteAccessListAsync(_ana.Id, list.Id))!.Succeeded);
        Assert.Null(await SelfCare.AccessListAsync(_ana.Id, list.Id));
    }
}

public sealed class SelfCareOwnershipTests_OnSqlite : SelfCareOwnershipTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class SelfCareOwnershipTests_OnPostgres : SelfCareOwnershipTests<PostgresTestDatabase>;
