using System.Text;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>Import jobs (decision 017): queued by an administrator, run in the background with their progress in the job's row, their report kept.</summary>
public abstract class ImportJobRunTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly ImportJobFolder _folder = new(Directory.CreateTempSubdirectory("import-jobs-").FullName);
    private readonly PendingImportJobs _pending = new();
    private readonly RunningImportJobs _running = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder.Path, recursive: true);
    }

    private ImportJobs Jobs(bool mayChange = true) =>
        new(_database, new FixedActor(new ChangeActor("admin", ChangeChannel.Page, mayChange)), _folder, _pending, _running, TimeProvider.System);

    private ImportJobRun Run => new(_database, _folder, _pending, _running, TimeProvider.System);

    private static MemoryStream File(string text) => new(Encoding.UTF8.GetBytes(text));

    private static readonly ImportTypeCount Counts = new("rd.csv", "Remote Destination", 10, 8, 2, 8, 0, 0);

    private static ImportReport TwoRefused(ImportMode mode = ImportMode.All) => new(mode, 10, 8, 2, Applied: false,
        [
            new ImportError("rd.csv", 3, "DESTINATION", "=1+2", "R5", "Collides", "L10"),
            new ImportError("rd.csv", 7, "NAME", "", null, "Name is required"),
        ],
        [Counts]);

    [Fact]
    public async Task Start_ReadOnlyAdministrator_IsRefusedAndNothingIsKept()
    {
        var start = await Jobs(mayChange: false).StartAsync("rd.csv", "remote-destinations", ImportMode.All, File("NAME\n"));

        Assert.Equal(ImportJobs.NotAllowedMessage, start.Refusal);
        Assert.Null(start.Job);
        Assert.Empty(Directory.GetFiles(_folder.Path));
        Assert.Empty(_pending.Held);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.ImportJobs.CountAsync());
    }

    [Fact]
    public async Task Start_ReadOnlyAdministratorDryRun_IsQueued()
    {
        var start = await Jobs(mayChange: false).StartAsync("rd.csv", "remote-destinations", ImportMode.DryRun, File("NAME\n"));

        Assert.Null(start.Refusal);
        Assert.Equal(ImportMode.DryRun, start.Job!.Mode);
    }

    [Fact]
    public async Task Start_UnknownObjectType_IsRefusedAndNothingIsKept()
    {
        var start = await Jobs().StartAsync("rd.csv", "remote-destination", ImportMode.All, File("NAME\n"));

        Assert.Equal(ImportJobs.UnknownTypeMessage("remote-destination"), start.Refusal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Run_JobFinishes_ReportIsKeptFileDeletedAndJobReleased()
    {
        var start = await Jobs().StartAsync("rd.csv", "remote-destinations", ImportMode.ValidRows, File("NAME\nx\ny\n"));
        var job = start.Job!;
        Assert.Equal(ImportJobStatus.Queued, job.Status);
        Assert.Contains(job.Id, _pending.Held);
        var engine = new PacedImportEngine(TwoRefused());
        engine.Release();

        await Run.RunAsync(job.Id, engine, CancellationToken.None);

        Assert.Equal(new ImportJobWork(job.Id, "admin", _folder.FileOf(job.Id), "rd.csv", "remote-destinations", ImportMode.ValidRows), engine.Received);
        Assert.True(engine.FileWasThere);
        Assert.False(System.IO.File.Exists(_folder.FileOf(job.Id)));
        Assert.Empty(_pending.Held);
        var done = (await Jobs().FindAsync(job.Id))!;
        Assert.Equal(ImportJobStatus.Done, done.Status);
        Assert.Equal((10, 10, 8, 2, false), (done.RowsTotal!.Value, done.RowsChecked, done.Accepted, done.Refused, done.Applied));
        Assert.NotNull(done.FinishedAt);
        Assert.Equal([Counts], ImportJobs.CountsOf(done));
        var report = await new ImportJobReport(_database).FindAsync(job.Id, new ImportReportFilter(), 0, 50);
        Assert.Equal([3, 7], report.Rows.Select(r => r.Row));
        Assert.Equal(["R5", null], report.Rows.Select(r => r.Rule));
    }

    [Fact]
    public async Task Run_WhileTheEngineWrites_TheJobRowShowsTheStepAndRows()
    {
        var job = (await Jobs().StartAsync("rd.csv", "remote-destinations", ImportMode.All, File("NAME\na\nb\nc"))).Job!;
        var engine = new PacedImportEngine(TwoRefused(), rows: 40);

        var running = Run.RunAsync(job.Id, engine, CancellationToken.None);
        ImportJob? seen = null;
        for (var i = 0; i < 200 && seen is not { Status: ImportJobStatus.Writing }; i++)
        {
            await Task.Delay(50);
            seen = await Jobs().FindAsync(job.Id);
        }

        engine.Release();
        await running;

        Assert.Equal(ImportJobStatus.Writing, seen!.Status);
        Assert.Equal((30, 10, 3), (seen.RowsChecked, seen.RowsWritten, seen.RowsTotal!.Value));
        Assert.NotNull(seen.StartedAt);
        Assert.Equal(ImportJobStatus.Done, (await Jobs().FindAsync(job.Id))!.Status);
    }

    [Fact]
    public async Task Run_WhileTheEngineHoldsTheDatabasesWriteLock_TheJobStillShowsItsProgress_AndFinishes()
    {
        var job = (await Jobs().StartAsync("rd.csv", "remote-destinations", ImportMode.All, File("NAME\na\nb\nc"))).Job!;
        var engine = new PacedImportEngine(TwoRefused(), rows: 40, holdsWriteLock: _database);

        var running = Run.RunAsync(job.Id, engine, CancellationToken.None);
        ImportJob? seen = null;
        for (var i = 0; i < 200 && seen is not { Status: ImportJobStatus.Writing }; i++)
        {
            await Task.Delay(50);
            seen = await Jobs().FindAsync(job.Id);
        }

        engine.Release();
        await running;

        Assert.Equal((ImportJobStatus.Writing, 30, 10), (seen!.Status, seen.RowsChecked, seen.RowsWritten));
        Assert.Equal(ImportJobStatus.Done, (await Jobs().FindAsync(job.Id))!.Status);
    }

    [Fact]
    public async Task Run_EngineFails_JobIsFailedWithTheReasonAndTheFileIsDeleted()
    {
        var job = (await Jobs().StartAsync("rd.csv", "remote-destinations", ImportMode.All, File("NAME\n"))).Job!;
        var engine = new PacedImportEngine(TwoRefused(), failure: new InvalidOperationException("disk full"));
        engine.Release();

        await Run.RunAsync(job.Id, engine, CancellationToken.None);

        var failed = (await Jobs().FindAsync(job.Id))!;
        Assert.Equal(ImportJobStatus.Failed, failed.Status);
        Assert.Equal("The import stopped on an error: disk full", failed.Failure);
        Assert.False(System.IO.File.Exists(_folder.FileOf(job.Id)));
        Assert.Empty(_pending.Held);
    }

    [Fact]
    public async Task FailLost_SilentJobOfAnotherInstance_IsFailedButAHeldOneIsNot()
    {
        var held = (await Jobs().StartAsync("held.csv", "sites", ImportMode.All, File("NAME\n"))).Job!;
        var lost = (await Jobs().StartAsync("lost.csv", "sites", ImportMode.All, File("NAME\n"))).Job!;
        _pending.Release(lost.Id);
        await using (var db = _database.CreateDbContext())
        {
            var old = DateTime.UtcNow - ImportJobRun.Silence - TimeSpan.FromSeconds(5);
            await db.ImportJobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.HeartbeatAt, old).SetProperty(j => j.Status, ImportJobStatus.Writing));
        }

        var failed = await Run.FailLostAsync(CancellationToken.None);

        Assert.Equal(1, failed);
        Assert.Equal(ImportJobRun.LostMessage, (await Jobs().FindAsync(lost.Id))!.Failure);
        Assert.Equal(ImportJobStatus.Writing, (await Jobs().FindAsync(held.Id))!.Status);
    }

    [Fact]
    public async Task Report_Filters_ByTypeRuleFieldRulesAndText_AndWritesNeutralisedCsv()
    {
        var job = (await Jobs().StartAsync("rd.csv", "remote-destinations", ImportMode.DryRun, File("NAME\n"))).Job!;
        var engine = new PacedImportEngine(TwoRefused());
        engine.Release();
        await Run.RunAsync(job.Id, engine, CancellationToken.None);
        var report = new ImportJobReport(_database);

        Assert.Equal(["R5", ImportReportFilter.FieldRules], await report.RulesAsync(job.Id));
        Assert.Equal([3], (await report.FindAsync(job.Id, new ImportReportFilter(Rule: "R5"), 0, 50)).Rows.Select(r => r.Row));
        Assert.Equal([7], (await report.FindAsync(job.Id, new ImportReportFilter(Rule: ImportReportFilter.FieldRules), 0, 50)).Rows.Select(r => r.Row));
        Assert.Equal([7], (await report.FindAsync(job.Id, new ImportReportFilter(Text: "REQUIRED"), 0, 50)).Rows.Select(r => r.Row));
        Assert.Equal(0, (await report.FindAsync(job.Id, new ImportReportFilter(ObjectType: "Site"), 0, 50)).TotalCount);
        var csv = new StringWriter();
        await report.WriteCsvAsync(job.Id, new ImportReportFilter(Rule: "R5"), csv);
        Assert.Equal(ImportJobReport.CsvHeader + "\r\nrd.csv,Remote Destination,3,DESTINATION,'=1+2,R5,Collides,L10\r\n", csv.ToString());
    }

    private sealed class FixedActor(ChangeActor actor) : IChangeAuthorization
    {
        public Task<ChangeActor> ActorAsync(CancellationToken cancellation = default) => Task.FromResult(actor);
    }
}

public sealed class ImportJobRunTests_OnSqlite : ImportJobRunTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class ImportJobRunTests_OnPostgres : ImportJobRunTests<PostgresTestDatabase>;
