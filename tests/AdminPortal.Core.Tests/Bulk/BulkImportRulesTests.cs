using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.ImportFiles;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>
/// Issue 12: each hard rule refused in an import file with its row, column, rule id, guide line and the message a
/// page save gets; every file judged as if the rows before it were applied, and a refused file writes nothing.
/// </summary>
public abstract class BulkImportRulesTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected BulkImportRulesTests() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private BulkImport Import => new(_database, new SystemChange("tests"));

    [Fact]
    public async Task DestinationFile_EachHardRule_RefusedWithRowColumnAndRule_NothingWritten()
    {
        var jsmith = await _rules.UserAsync("jsmith", limit: 1);
        await _rules.UserAsync("mgarcia");
        var bchen = await _rules.UserAsync("bchen");
        await _rules.AddDestinationAsync(jsmith, "+14085550001");
        await _rules.SavedAsync(new DirectoryNumber { Pattern = "+14085551000" });
        await _rules.PhoneAsync("TABBCHEN", DeviceType.CiscoJabberForTablet, bchen.Id);
        var before = await _rules.FingerprintAsync();

        var report = await Import.ImportAsync([DestinationsAdded(
            Destination("jsmith", "+14085550002"),
            Destination("mgarcia", "+14085550001"),
            Destination("mgarcia", "+14085551000"),
            Destination("mgarcia", "+14085550005") with { AnswerTooSoonTimer = 20_000 },
            new AxlRemoteDestination { Name = "bchen tablet", Destination = "+14085550006", OwnerUserId = "bchen", DualModeDeviceName = "TABBCHEN" },
            Destination("mgarcia", "+14085550007"),
            Destination("mgarcia", "+14085550007") with { Name = "again" })], ImportMode.All);

        Assert.True(report.Refused == 6, string.Join("\n", report.Errors));
        Assert.Equal((7, 1, 6, false), (report.Rows, report.Accepted, report.Refused, report.Applied));
        AssertError(report, 2, "OWNERUSERID", "R3", "jsmith", "SRND L890, AXL");
        AssertError(report, 3, "DESTINATION", "R4", "+14085550001", "SRND L1233");
        AssertError(report, 4, "DESTINATION", "R6", "+14085551000", "SRND L1395");
        AssertError(report, 5, "ANSWERTOOLATETIMER", "R8", "19000", "SRND L1020-1022");
        AssertError(report, 6, "DUALMODEDEVICENAME", "R9", "TABBCHEN", "SRND L1916, L1856");
        AssertError(report, 8, "DESTINATION", "R4", "+14085550007", "SRND L1233");
        Assert.DoesNotContain(report.Errors, e => e.Row == 7);
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task DestinationFile_MessagesAreThePageSaveMessages()
    {
        var jsmith = await _rules.UserAsync("jsmith", limit: 1);
        await _rules.AddDestinationAsync(jsmith, "+14085550001");
        var page = await _rules.Store.SaveAsync(RuleFixtures.Destination(jsmith, "+14085550002"));

        var report = await Import.ImportAsync([Destinations(Destination("jsmith", "+14085550002"))], ImportMode.DryRun);

        Assert.Equal(page.Errors.Single().Message, report.Errors.Single().Message);
        Assert.Equal(page.Errors.Single().RuleId, report.Errors.Single().Rule);
    }

    [Fact]
    public async Task DestinationFile_PartialMatch_R5RefusesTheSecondNumberEndingInTheSameDigits()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(jsmith, "+14085559999");
        await _rules.UsePartialMatchAsync(4);

        var report = await Import.ImportAsync([Destinations(
            Destination("jsmith", "+14155559999"),
            Destination("jsmith", "+14155551234"),
            Destination("jsmith", "+14085551234"))], ImportMode.ValidRows);

        AssertError(report, 2, "DESTINATION", "R5", "+14155559999", "SRND L1255");
        AssertError(report, 4, "DESTINATION", "R5", "+14085551234", "SRND L1255");
        Assert.Equal((1, true), (report.Accepted, report.Applied));
    }

    [Fact]
    public async Task UserFile_R7AndR12_RefusedWithRowAndColumn()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(jsmith, "+14085550001");
        var before = await _rules.FingerprintAsync();
        var rows = new List<ImportRow<AxlEndUser>>
        {
            new(2, BulkAction.AddOrUpdate, "fine", User("fine"), []),
            new(3, BulkAction.AddOrUpdate, "toomany", User("toomany", limit: 11), []),
            new(4, BulkAction.Delete, "jsmith", null, []),
        };

        var report = await Import.ImportAsync([new ImportFile<AxlEndUser, EndUser>("endUsers.csv", rows, Column)], ImportMode.All);

        Assert.Equal((3, 1, 2, false), (report.Rows, report.Accepted, report.Refused, report.Applied));
        AssertError(report, 3, "REMOTEDESTINATIONLIMIT", "R7", "11", "SRND L926, AXL", "endUsers.csv");
        var r12 = report.Errors.Where(e => e.Row == 4).ToList();
        Assert.All(r12, e => Assert.Equal(("R12", "endUsers.csv"), (e.Rule, e.File)));
        Assert.Contains(r12, e => e.Message == "End User is in use: Remote Destination 'jsmith 14085550001' (as Owner).");
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task PoolAndDmiFiles_R1AndR10_Refused()
    {
        var poolId = await _rules.PoolIdAsync();
        var siteLocation = await _rules.NamedAsync<PhysicalLocation>("PL_A");
        await _rules.NamedAsync<PhysicalLocation>("PL_B");
        await _rules.SiteAsync("SiteA", siteLocation);
        var stored = await new AxlService(_database, _rules.Store).GetAsync<AxlDevicePool, DevicePool>(poolId);
        var pool = stored!.Resource with { Id = 0, Name = "R1_DP", SiteName = "SiteA", PhysicalLocationName = "PL_B" };
        var poolRows = new List<ImportRow<AxlDevicePool>> { new(2, BulkAction.AddOrUpdate, pool.Name, pool, []) };

        var report = await Import.ImportAsync([
            new ImportFile<AxlDevicePool, DevicePool>("devicePools.csv", poolRows, Column),
            Dmis(new AxlDeviceMobilityInfo { Name = "Bad_DMI", Ipv4Subnet = "10.1.2.3", Ipv4SubNetMaskSz = 8, DevicePoolNames = ["Rules_DP"] })], ImportMode.DryRun);

        Assert.Equal("R1", Assert.Single(report.Errors, e => e.File == "devicePools.csv").Rule);
        Assert.Equal("R10", Assert.Single(report.Errors, e => e.File == "deviceMobilityInfos.csv").Rule);
    }

    private static void AssertError(ImportReport report, int row, string column, string rule, string value, string guideLine, string file = "remoteDestinations.csv")
    {
        var error = Assert.Single(report.Errors, e => e.Row == row);
        Assert.Equal((file, column, rule, value, guideLine), (error.File, error.Column, error.Rule, error.Value, error.GuideLine));
        Assert.StartsWith($"{rule}: ", error.Message, StringComparison.Ordinal);
    }
}

public sealed class BulkImportRulesTests_OnSqlite : BulkImportRulesTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class BulkImportRulesTests_OnPostgres : BulkImportRulesTests<PostgresTestDatabase>;
