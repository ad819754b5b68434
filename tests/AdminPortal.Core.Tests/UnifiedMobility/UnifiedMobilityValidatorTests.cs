using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.Builders;

namespace AdminPortal.Core.Tests.UnifiedMobility;

public abstract class UnifiedMobilityValidatorTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private EndUser _jsmith = default!;
    private RemoteDestination _mobile = default!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateDbContext();
        await DemoData.SeedAsync(db);
        _jsmith = await db.EndUsers.SingleAsync(u => u.UserId == "jsmith");
        _mobile = await db.RemoteDestinations.Include(r => r.RingSchedule!).ThenInclude(s => s.Entries).Include(r => r.Lines)
            .SingleAsync(r => r.DestinationNumber == "+14085557890");
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private Task<IReadOnlyList<FieldError>> Errors<T>(T entity)
        where T : Common.Entity => ErrorsAsync(_database, entity);

    [Fact]
    public async Task RemoteDestination_SeededOne_IsValid()
    {
        Assert.Empty(await Errors(_mobile));
    }

    [Theory]
    [InlineData("+14085557891", true)]
    [InlineData("4085557891", true)]
    [InlineData("*86#123", true)]
    [InlineData("123456789012345678901234", true)]
    [InlineData("1234567890123456789012345", false)]
    [InlineData("408555ABCD", false)]
    [InlineData("408+5557891", false)]
    [InlineData("++14085557891", false)]
    [InlineData("", false)]
    public async Task RemoteDestination_DestinationNumber_OneTo24OfDigitsStarHashLeadingPlus(string number, bool valid)
    {
        _mobile.DestinationNumber = number;

        var errors = await Errors(_mobile);

        Assert.Equal(valid, !errors.Any(e => e.Field == "DestinationNumber"));
    }

    [Fact]
    public async Task RemoteDestination_NumberOfAnotherDestination_IsR4()
    {
        _mobile.Id = 0;

        var errors = await Errors(_mobile);

        Assert.Contains(errors, e => e.Field == "DestinationNumber" && e.Message.StartsWith("R4:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1, "DelayBeforeRingingTimer")]
    [InlineData(300_001, "DelayBeforeRingingTimer")]
    public async Task RemoteDestination_TimerOutOfRange_IsRefused(int value, string field)
    {
        _mobile.DelayBeforeRingingTimer = value;

        Assert.Contains(await Errors(_mobile), e => e.Field == field);
    }

    [Theory]
    [InlineData(0, 300_000, true)]
    [InlineData(-1, 19_000, false)]
    [InlineData(1_500, 300_001, false)]
    [InlineData(19_000, 19_000, false)]
    [InlineData(20_000, 19_000, false)]
    public async Task RemoteDestination_AnswerTimers_R8(int tooSoon, int tooLate, bool valid)
    {
        _mobile.AnswerTooSoonTimer = tooSoon;
        _mobile.AnswerTooLateTimer = tooLate;

        var errors = await Errors(_mobile);

        Assert.Equal(valid, !errors.Any(e => e.Field is "AnswerTooSoonTimer" or "AnswerTooLateTimer"));
    }

    [Theory]
    [InlineData("America/Los_Angeles", true)]
    [InlineData("Etc/GMT", true)]
    [InlineData("Europe/London", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public async Task RemoteDestination_TimeZone_MustExist(string zone, bool valid)
    {
        _mobile.TimeZone = zone;

        Assert.Equal(valid, !(await Errors(_mobile)).Any(e => e.Field == "TimeZone"));
    }

    [Fact]
    public async Task RingSchedule_EndBeforeStart_IsRefused()
    {
        _mobile.RingSchedule!.Entries[0].StartMinute = 18 * 60;
        _mobile.RingSchedule.Entries[0].EndMinute = 8 * 60;

        Assert.Contains(await Errors(_mobile), e => e.Message.Contains("start before it ends", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RingSchedule_OffGrid0807_IsRefused()
    {
        _mobile.RingSchedule!.Entries[0].StartMinute = (8 * 60) + 7;

        Assert.Contains(await Errors(_mobile), e => e.Message.Contains("08:07", StringComparison.Ordinal) && e.Message.Contains("15-minute grid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RingSchedule_SameDayTwice_IsRefused()
    {
        _mobile.RingSchedule!.Entries[1].Day = _mobile.RingSchedule.Entries[0].Day;

        Assert.Contains(await Errors(_mobile), e => e.Message.Contains("only once", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RemoteDestination_BlockedModeWithAllowedList_IsRefused()
    {
        await using var db = _database.CreateDbContext();
        var family = await db.AccessLists.SingleAsync(a => a.Name == "mgarcia_family");
        _mobile.AccessListId = family.Id;

        Assert.Contains(await Errors(_mobile), e => e.Field == "AccessListId");
    }

    [Fact]
    public async Task RemoteDestination_MobilityIdentityOnTablet_IsR9()
    {
        await using var db = _database.CreateDbContext();
        var tablet = db.Phones.Add(new Phone { Name = "TABJSMITH", DeviceType = DeviceType.CiscoJabberForTablet, DevicePoolId = (await db.DevicePools.FirstAsync()).Id, OwnerId = _jsmith.Id }).Entity;
        await db.SaveChangesAsync();
        var identity = new RemoteDestination { Name = "tablet", DestinationNumber = "+14085550001", OwnerId = _jsmith.Id, DualModeDeviceId = tablet.Id };

        Assert.Contains(await Errors(identity), e => e.Field == "DualModeDeviceId" && e.Message.StartsWith("R9:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("+1408555XXXX", true)]
    [InlineData("911", true)]
    [InlineData("40855X5XXXX+", false)]
    [InlineData("408x555", false)]
    [InlineData("", false)]
    public async Task AccessList_MemberMask_DigitsAndXWithLeadingPlus(string mask, bool valid)
    {
        var list = new AccessList
        {
            Name = "test_list",
            OwnerId = _jsmith.Id,
            Members = [new AccessListMember { FilterType = AccessListFilterType.DirectoryNumber, NumberMask = mask }],
        };

        Assert.Equal(valid, (await Errors(list)).Count == 0);
    }

    [Fact]
    public async Task AccessList_SameMemberTwice_IsRefused()
    {
        var list = new AccessList
        {
            Name = "dupes",
            OwnerId = _jsmith.Id,
            Members = [new() { FilterType = AccessListFilterType.Private }, new() { FilterType = AccessListFilterType.Private }],
        };

        Assert.Contains(await Errors(list), e => e.Message.Contains("only once", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccessList_129CharacterDescription_IsRefused()
    {
        var list = new AccessList { Name = "long", OwnerId = _jsmith.Id, Description = new string('d', 129) };

        Assert.Contains(await Errors(list), e => e.Field == "Description");
    }

    [Theory]
    [InlineData(-1, 4, "MaxDeskPickupWaitTime")]
    [InlineData(30_001, 4, "MaxDeskPickupWaitTime")]
    [InlineData(10_000, 0, "RemoteDestinationLimit")]
    [InlineData(10_000, 11, "RemoteDestinationLimit")]
    public async Task EndUser_OutsideR7Ranges_IsRefused(int wait, int limit, string field)
    {
        _jsmith.MaxDeskPickupWaitTime = wait;
        _jsmith.RemoteDestinationLimit = limit;

        Assert.Contains(await Errors(_jsmith), e => e.Field == field && e.Message.StartsWith("R7:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EndUser_Defaults_AreUnifiedCms()
    {
        var user = new EndUser { UserId = "newuser", LastName = "New" };

        Assert.Equal(10_000, user.MaxDeskPickupWaitTime);
        Assert.Equal(4, user.RemoteDestinationLimit);
        Assert.False(user.EnableMobility);
        Assert.Empty(await Errors(user));
    }

    [Fact]
    public async Task EndUser_MissingLastNameAndDuplicateId_AreRefused()
    {
        var errors = await Errors(new EndUser { UserId = "JSMITH" });

        Assert.Contains(errors, e => e.Field == "LastName");
        Assert.Contains(errors, e => e.Field == "UserId" && e.Message.Contains("already exists", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClusterSettings_RepeatedFeatureCode_IsR11()
    {
        var settings = ClusterMobilitySettings.Defaults();
        settings.ConferenceCode = "*81";

        Assert.Contains(await Errors(settings), e => e.Message.StartsWith("R11:", StringComparison.Ordinal) && e.Message.Contains("*81", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClusterSettings_Defaults_AreValid()
    {
        Assert.Empty(await Errors(ClusterMobilitySettings.Defaults()));
    }

    [Fact]
    public async Task MobilityProfile_LettersInCallbackCallerId_IsRefused()
    {
        var errors = await Errors(new MobilityProfile { Name = "p", DialViaOfficeReverseCallbackCallerId = "ABC" });

        Assert.Contains(errors, e => e.Field == "DialViaOfficeReverseCallbackCallerId");
    }

    [Fact]
    public async Task Phone_SameDirectoryNumberOnTwoLines_IsRefused()
    {
        await using var db = _database.CreateDbContext();
        var phone = await db.Phones.Include(p => p.Lines).AsNoTracking().SingleAsync(p => p.Name == "SEP001122334455");
        phone.Lines.Add(new PhoneLine { DirectoryNumberId = phone.Lines[0].DirectoryNumberId });

        Assert.Contains(await Errors(phone), e => e.Field == "Lines");
    }
}

public sealed class UnifiedMobilityValidatorTests_OnSqlite : UnifiedMobilityValidatorTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class UnifiedMobilityValidatorTests_OnPostgres : UnifiedMobilityValidatorTests<PostgresTestDatabase>;
