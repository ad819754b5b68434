using AdminPortal.Core.Previews;
using AdminPortal.Core.SelfCare;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Tests.Previews;

/// <summary>
/// The ring preview over a stored configuration, as the page and the endpoints ask for it: the user by User ID or
/// directory number, the inputs as text, and the Self Care "Try it" that shows only the signed-in user's phones.
/// </summary>
public abstract class RingPreviewServiceTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;
    private MobilityUser _jsmith = null!;

    protected RingPreviewServiceTests() => _rules = new RuleFixtures(_database);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _jsmith = await _rules.UserAsync("jsmith");
        var line = await _rules.SavedAsync(new DirectoryNumber { Pattern = "+14085551234" });
        await _rules.SavedAsync(new Phone
        {
            Name = "SEP001122334455",
            DeviceType = DeviceType.CiscoIpPhone8865,
            DevicePoolId = await _rules.PoolIdAsync(),
            OwnerId = _jsmith.Id,
            Lines = [new PhoneLine { DirectoryNumberId = line }],
        });
        var iphone = await _rules.PhoneAsync("TCTJSMITH", DeviceType.CiscoDualModeForIPhone, _jsmith.Id);
        await _rules.AddDestinationAsync(_jsmith, "+14085557890", d =>
        {
            d.Name = "John mobile";
            d.TimeZone = "America/Los_Angeles";
            d.RingSchedule = RingSubjects.Weekdays();
        });
        await _rules.SavedAsync(RuleFixtures.MobilityIdentity(_jsmith, iphone, "+14085559012"));
        var mgarcia = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(mgarcia, "+19195558001");
        await _rules.PhoneAsync("SEP00AABBCCDDEE", DeviceType.CiscoIpPhone8845, mgarcia.Id);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private RingPreviewService Service => new(_database);

    [Fact]
    public async Task Preview_ByUserIdWithTheDeviceRegistered_RingsDeskAndJabberButNotTheMobilityIdentity()
    {
        // Wednesday 2026-11-25 09:00 in Los Angeles: inside John's weekday schedule.
        var result = await Service.PreviewAsync(new RingPreviewRequest("jsmith", "+15551230000", "2026-11-25T09:00", "America/Los_Angeles", ["TCTJSMITH"]));

        var preview = Assert.IsType<RingPreview>(result.Result);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero), preview.At);
        Assert.Equal(
            [("SEP001122334455", true), ("TCTJSMITH", true), ("John mobile", true), (RuleFixtures.MobilityIdentity(_jsmith, 0, "+14085559012").Name, false)],
            preview.Destinations.Select(d => (d.Name, d.Rings)));
        Assert.Equal(RingReason.MobilityIdentityDeviceRegistered, preview.Destinations[3].Reason);
        Assert.Equal("+14085551234", preview.Destinations[0].Destination);
        Assert.Equal(1, preview.Ds0);
        Assert.Equal(4, preview.HeatMap!.Rows.Count);
    }

    [Fact]
    public async Task Preview_ByDirectoryNumber_FindsTheUserOfThatLine()
    {
        var preview = (await Service.PreviewAsync(new RingPreviewRequest("+14085551234", "private", "2026-11-25T17:00:00Z", HeatMap: false))).Result!;

        Assert.Equal("jsmith", preview.UserId);
        Assert.Equal("Private", preview.Caller);
        Assert.Null(preview.HeatMap);
    }

    [Theory]
    [InlineData("nobody", "+15551230000", null, null, null, 0, "user", true)]
    [InlineData("jsmith", "+1 555 123", null, null, null, 0, "caller", false)]
    [InlineData("jsmith", "+15551230000", "yesterday", null, null, 0, "at", false)]
    [InlineData("jsmith", "+15551230000", "2026-03-08T02:30", "America/Los_Angeles", null, 0, "at", false)]
    [InlineData("jsmith", "+15551230000", null, "Mars/Olympus", null, 0, "zone", false)]
    [InlineData("jsmith", "+15551230000", null, null, "SEP00AABBCCDDEE", 0, "registered", false)]
    [InlineData("jsmith", "+15551230000", null, null, "SEP001122334455", 0, "registered", false)]
    [InlineData("jsmith", "+15551230000", null, null, null, -1, "activeCalls", false)]
    public async Task Preview_BadInput_SaysWhichFieldAndWhy(string user, string caller, string? at, string? zone, string? registered, int activeCalls, string field, bool notFound)
    {
        var result = await Service.PreviewAsync(new RingPreviewRequest(user, caller, at, zone, registered is null ? null : [registered], activeCalls));

        Assert.Null(result.Result);
        Assert.Equal(notFound, result.IsNotFound);
        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task Preview_RepeatedLocalTime_IsReadAsItsFirstOccurrence()
    {
        var preview = (await Service.PreviewAsync(new RingPreviewRequest("jsmith", "", "2026-11-01T01:30", "America/Los_Angeles"))).Result!;

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.Zero), preview.At);
        Assert.Equal("NotAvailable", preview.Caller);
    }

    [Fact]
    public async Task SelfCareRingPreview_NamingAnotherUser_ShowsOnlyTheSignedInUsersPhones()
    {
        var selfCare = new SelfCareService(_database, _database.Store);

        var preview = (await selfCare.RingPreviewAsync(_jsmith.Id, new RingPreviewRequest("mgarcia", "+15551230000", "2026-11-25T17:00:00Z"))).Result!;

        Assert.Equal("jsmith", preview.UserId);
        Assert.DoesNotContain(preview.Destinations, d => d.Name is "SEP00AABBCCDDEE" || d.Destination == "+19195558001");
        Assert.Contains(preview.Destinations, d => d.Name == "John mobile");
    }

    [Fact]
    public async Task SelfCareRingPreview_RegisteringAnotherUsersDevice_IsRefused()
    {
        var selfCare = new SelfCareService(_database, _database.Store);

        var result = await selfCare.RingPreviewAsync(_jsmith.Id, new RingPreviewRequest(Caller: "+15551230000", Registered: ["SEP00AABBCCDDEE"]));

        Assert.Null(result.Result);
        Assert.Equal("registered", Assert.Single(result.Errors).Field);
    }
}

public sealed class RingPreviewServiceTests_OnSqlite : RingPreviewServiceTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class RingPreviewServiceTests_OnPostgres : RingPreviewServiceTests<PostgresTestDatabase>;
