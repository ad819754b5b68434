using System.Text;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>A job run through the real engine: the file read by the bulk reader, rows written as the job's account with its id in the audit log, the report kept.</summary>
public sealed class BulkImportJobEngineTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly ImportJobFolder _folder = new(Directory.CreateTempSubdirectory("import-jobs-").FullName);
    private readonly PendingImportJobs _pending = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder.Path, recursive: true);
    }

    private readonly RunningImportJobs _running = new();

    private ImportJobs Jobs => new(_database, new ImportJobChange("admin"), _folder, _pending, _running, TimeProvider.System);

    private async Task<ImportJob> RunAsync(string fileName, string type, ImportMode mode, string text)
    {
        var job = (await Jobs.StartAsync(fileName, type, mode, new MemoryStream(Encoding.UTF8.GetBytes(text)))).Job!;
        await new ImportJobRun(_database, _folder, _pending, _running, TimeProvider.System).RunAsync(job.Id, new BulkImportJobEngine(_database), CancellationToken.None);
        return (await Jobs.FindAsync(job.Id))!;
    }

    [Fact]
    public async Task ValidRows_FileWithTwoBadRows_WritesTheGoodOneAuditedWithTheJobId_AndKeepsTheTwoRefusals()
    {
        var tooLong = new string('L', 51);

        var job = await RunAsync("physical-locations.csv", "physical-locations", ImportMode.ValidRows,
            $"PHYSICAL LOCATION NAME,DESCRIPTION\r\nLab,Lab building\r\n{tooLong},too long\r\n,no name\r\n");

        Assert.Equal((ImportJobStatus.Done, 3, 1, 2, true), (job.Status, job.RowsChecked, job.Accepted, job.Refused, job.Applied));
        var refused = await new ImportJobReport(_database).FindAsync(job.Id, new ImportReportFilter(), 0, 50);
        Assert.Equal([3, 4], refused.Rows.Select(r => r.Row));
        Assert.All(refused.Rows, r => Assert.Equal(("physical-locations.csv", "Physical Location"), (r.File, r.ObjectType)));
        Assert.All(refused.Rows, r => Assert.Equal("PHYSICAL LOCATION NAME", r.Column));
        await using var db = _database.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(("admin", nameof(ChangeChannel.Import), job.Id, "Lab"), (entry.Account, entry.Channel, entry.JobId, entry.ObjectName));
        Assert.True(await db.PhysicalLocations.AnyAsync(p => p.Name == "Lab"));
    }

    [Fact]
    public async Task File_TheReaderRefusesAsAWhole_FailsTheJobSayingWhy_AndWritesNothing()
    {
        var job = await RunAsync("physical-locations.csv", "physical-locations", ImportMode.All, "NOT A HEADER\r\nLab\r\n");

        Assert.Equal(ImportJobStatus.Failed, job.Status);
        Assert.StartsWith("The file could not be read, nothing was written: physical-locations.csv: ", job.Failure, StringComparison.Ordinal);
        Assert.False(job.Applied);
        Assert.NotEqual(0, (await new ImportJobReport(_database).FindAsync(job.Id, new ImportReportFilter(), 0, 50)).TotalCount);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}
