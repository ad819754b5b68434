using AdminPortal.Core.Audit;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.ImportFiles;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>Issue 12: the three modes, files judged as if earlier rows and files were applied, upserts by key, and the audit of an import.</summary>
public abstract class BulkImportModesTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected BulkImportModesTests() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private BulkImport Import => new(_database, new SystemChange("tests"));

    [Fact]
    public async Task Archive_Row2CreatesWhatRow5Uses_AndEachRowSeesTheRowsBeforeIt()
    {
        await _rules.PoolIdAsync();
        ImportFile[] archive =
        [
            Users(User("anew", limit: 1), User("bnew")),
            Profiles(Profile("anew", "Rules_DP"), Profile("bnew", "Rules_DP")),
            Destinations(
                Destination("bnew", "+14085550002"),
                Destination("bnew", "+14085550003"),
                Destination("bnew", "+14085550004"),
                Destination("anew", "+14085550005"),
                Destination("anew", "+14085550006")),
        ];

        var report = await Import.ImportAsync(archive, ImportMode.ValidRows);

        // Row 5 of the destinations uses the user of row 2 of the users; row 6 is one too many for anew's limit of 1 (R3).
        var refused = Assert.Single(report.Errors);
        Assert.Equal((6, "R3", "OWNERUSERID"), (refused.Row, refused.Rule, refused.Column));
        Assert.Equal((9, 8, true), (report.Rows, report.Accepted, report.Applied));
        Assert.Equal([2, 2, 4], report.Types.Select(t => t.Added));
        await using var db = _database.CreateDbContext();
        Assert.Equal("anew", await db.RemoteDestinations.Where(r => r.DestinationNumber == "+14085550005").Select(r => r.Owner!.UserId).SingleAsync());
    }

    [Fact]
    public async Task DryRun_ChecksEverythingAndWritesNothing()
    {
        await _rules.PoolIdAsync();
        var before = await _rules.FingerprintAsync();

        var report = await Import.ImportAsync(
            [Users(User("anew")), Profiles(Profile("anew", "Rules_DP")), Destinations(Destination("anew", "+14085550002"), Destination("anew", "+14085550002"))],
            ImportMode.DryRun);

        Assert.Equal((ImportMode.DryRun, 4, 3, 1, false), (report.Mode, report.Rows, report.Accepted, report.Refused, report.Applied));
        Assert.Equal("R4", Assert.Single(report.Errors).Rule);
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task All_OneBadRowIn40000_WritesNothing()
    {
        await BulkOwners.SeedAsync(_database, 4_000, limit: 10);
        var before = await _rules.FingerprintAsync();
        var rows = Enumerable.Range(0, 40_000).Select(i => BulkOwners.Destination(i)).ToArray();
        rows[39_000] = rows[39_000] with { DelayBeforeRingingCell = -1 };

        var report = await Import.ImportAsync([Destinations(rows)], ImportMode.All);

        var bad = Assert.Single(report.Errors);
        Assert.Equal((39_002, "R8", "DELAYBEFORERINGINGCELL"), (bad.Row, bad.Rule, bad.Column));
        Assert.Equal((40_000, 39_999, false), (report.Rows, report.Accepted, report.Applied));
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task ValidRows_WritesExactlyTheGoodOnes_WithOneImportAuditEntryEach()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var stored = await _rules.AddDestinationAsync(jsmith, "+14085550001");
        var report = await Import.ImportAsync([Destinations(
            Destination("jsmith", "+14085550002"),
            Destination("jsmith", "not a number"),
            Destination("jsmith", "+14085550001") with { Name = "renamed" },
            Destination("nobody", "+14085550004"),
            Destination("jsmith", "+14085550005") with { AnswerTooSoonTimer = -1 },
            Destination("jsmith", "+14085550006"))], ImportMode.ValidRows, jobId: "job-42");

        Assert.Equal((6, 3, 3, true), (report.Rows, report.Accepted, report.Refused, report.Applied));
        Assert.Equal([3, 5, 6], report.Errors.Select(e => e.Row).Distinct().Order());
        Assert.Equal((2, 1), (report.Types.Single().Added, report.Types.Single().Updated));
        await using var db = _database.CreateDbContext();
        Assert.Equal(["+14085550001", "+14085550002", "+14085550006"], await db.RemoteDestinations.OrderBy(r => r.DestinationNumber).Select(r => r.DestinationNumber).ToListAsync());
        Assert.Equal("renamed", (await _rules.LoadDestinationAsync(stored)).Name);
        Assert.Equal(3, await ClusterGuard.RemoteDestinationCountAsync(db, default));
        var entries = await db.AuditEntries.Where(e => e.JobId == "job-42").ToListAsync();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(("tests", nameof(ChangeChannel.Import)), (e.Account, e.Channel)));
        Assert.Equal([AuditAction.Create, AuditAction.Create, AuditAction.Update], entries.Select(e => e.Action).Order());
    }

    [Fact]
    public async Task ImportedDestination_IsStoredAndAuditedExactlyAsAPageSaveWouldStoreIt()
    {
        var jsmith = await _rules.UserAsync("jsmith");
        var report = await Import.ImportAsync([Destinations(Destination("JSMITH", "+14085550002", "jsmith_rdp") with
        {
            RingSchedule = [new AxlRingScheduleMember { StartDay = "Mon", EndDay = "Fri", StartTime = "08:00", EndTime = "17:00" }],
            SingleNumberReachVoicemail = VoicemailPolicy.TimerControl,
        })], ImportMode.All, jobId: "job-1");
        Assert.True(report.Applied, string.Join("; ", report.Errors));

        await using var db = _database.CreateDbContext();
        var id = await db.RemoteDestinations.Select(r => r.Id).SingleAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.JobId == "job-1");
        var expected = AuditTrail.Entry(new ChangeActor("tests", ChangeChannel.Import, true), typeof(RemoteDestination), id, null,
            await AuditTrail.ReadAsync(db, typeof(RemoteDestination), id, default), entry.At)!;
        Assert.Equal((expected.ObjectName, expected.Changes), (entry.ObjectName, entry.Changes));
        Assert.Equal(1, await ClusterGuard.RemoteDestinationCountAsync(db, default));

        // The row reads back through EF and a page can edit it (its version and keys are as EF writes them).
        var edited = await _rules.ChangeDestinationAsync(id, r => r.Name = "edited on the page");
        Assert.True(edited.Succeeded, string.Join("; ", edited.Errors));
        var loaded = await _rules.LoadDestinationAsync(id);
        Assert.Equal((5, jsmith.ProfileId, CallerIdKeys.ReversedDigits("+14085550002")), (loaded.RingSchedule!.Entries.Count, loaded.RemoteDestinationProfileId, loaded.CallerIdDigits));
    }

    [Fact]
    public async Task ReadOnlyAdministrator_CannotApply()
    {
        var readOnly = new BulkImport(_database, new ReadOnlyChange());
        var before = await _rules.FingerprintAsync();

        var report = await readOnly.ImportAsync([Users(User("anew"))], ImportMode.All);

        Assert.Equal(ConfigurationStore.ReadOnlyMessage, Assert.Single(report.Errors).Message);
        Assert.False(report.Applied);
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    private sealed class ReadOnlyChange : IChangeAuthorization
    {
        public Task<ChangeActor> ActorAsync(CancellationToken cancellation = default) =>
            Task.FromResult(new ChangeActor("reader", ChangeChannel.Page, MayChange: false));
    }
}

public sealed class BulkImportModesTests_OnSqlite : BulkImportModesTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class BulkImportModesTests_OnPostgres : BulkImportModesTests<PostgresTestDatabase>;
