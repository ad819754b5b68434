using System.Text;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>
/// Issue 12 over real files: the demo cluster's archive exported, imported into an empty portal and exported again
/// is byte-identical (each type's file too) with the same design review; BAT's remote destination header imports; a
/// file the reader refuses as a whole writes nothing.
/// </summary>
public abstract class BulkImportFilesTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _source = new();
    private readonly TDatabase _target = new();

    public async Task InitializeAsync()
    {
        await _source.InitializeAsync();
        await _target.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task DemoArchive_ExportImportIntoEmptyExport_IsByteIdentical_TypeByType_WithTheSameReview()
    {
        await using (var db = _source.CreateDbContext())
        {
            Assert.True(await DemoData.SeedAsync(db));
        }

        // The mobility service parameters are not one of the file types: set them as on the source first
        // (through the store, as the Service Parameters page does), so that the review compares the imported objects.
        var settings = (await _source.Store.LoadAsync<ClusterMobilitySettings>(ClusterMobilitySettings.SingletonId))!;
        settings.Version = (await _target.Store.LoadAsync<ClusterMobilitySettings>(ClusterMobilitySettings.SingletonId))!.Version;
        Assert.True((await _target.Store.SaveAsync(settings)).Succeeded);
        var first = await ArchiveAsync(_source);
        var report = await new BulkImport(_target, new SystemChange("tests")).ImportAsync(BulkArchive.ReadAsync(new MemoryStream(first)), ImportMode.All);

        Assert.True(report.Applied, string.Join("\n", report.Errors.Concat(report.FileProblems)));
        Assert.Equal(report.Rows, report.Accepted);
        Assert.Contains(report.Types, t => t.ObjectType == "Remote Destination" && t.Added > 0);
        foreach (var type in BulkObjectTypes.InDependencyOrder)
        {
            Assert.Equal(await FileAsync(_source, type), await FileAsync(_target, type));
        }

        Assert.Equal(first, await ArchiveAsync(_target));
        Assert.Equal(await FindingsAsync(_source), await FindingsAsync(_target));
    }

    [Fact]
    public async Task BatRemoteDestinationHeader_WithoutOwnerColumn_ImportsWithTheProfilesUser()
    {
        var rules = new RuleFixtures(_target);
        var jsmith = await rules.UserAsync("jsmith");
        const string csv = "NAME,REMOTE DESTINATION PROFILE,TIME ZONE,DUAL MODE DEVICE,MOBILE SMART CLIENT,CTI REMOTE DEVICE,DESTINATION,"
            + "ANSWER TOO SOON TIMER,ANSWER TOO LATE TIMER,DELAY BEFORE RINGING TIMER,IS MOBILE PHONE,ENABLE MOBILE CONNECT 1,"
            + "DAY OF WEEK 1,START TIME 1,END TIME 1,ACCESS LIST 1,ASSOCIATED LINE NUMBER 1,ROUTE PARTITION 1,MOBILITY PROFILE,"
            + "SINGLE NUMBER REACH VOICEMAIL POLICY,DIAL-VIA-OFFICE REVERSE VOICEMAIL POLICY\r\n"
            + "John mobile,JSMITH_RDP,America/New_York,,,,+14085550002,1500,19000,4000,t,t,Mon-Fri,08:00,17:00,,,,,Use System Default,Use System Default\r\n";
        var type = BulkObjectTypes.Find("remote-destinations")!;

        var report = await new BulkImport(_target, new SystemChange("tests")).ImportAsync(
            BulkReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), type), ImportMode.All);

        Assert.True(report.Applied, string.Join("\n", report.Errors));
        await using var db = _target.CreateDbContext();
        var stored = await db.RemoteDestinations.Include(r => r.RingSchedule!).ThenInclude(s => s.Entries).SingleAsync();
        Assert.Equal((jsmith.Id, "America/New_York", 5, true), (stored.OwnerId, stored.TimeZone, stored.RingSchedule!.Entries.Count, stored.IsMobilePhone));
    }

    [Fact]
    public async Task FileRefusedByTheReader_WritesNothing_AndSaysWhy()
    {
        var rules = new RuleFixtures(_target);
        await rules.UserAsync("jsmith");
        var before = await rules.FingerprintAsync();
        var type = BulkObjectTypes.Find("end-users")!;
        var csv = Encoding.UTF8.GetBytes("USER ID,LAST NAME\r\nanew,New\r\nbroken,\"never closed\r\n");

        var report = await new BulkImport(_target, new SystemChange("tests")).ImportAsync(BulkReader.ReadAsync(new MemoryStream(csv), type), ImportMode.ValidRows);

        Assert.False(report.Applied);
        Assert.NotEmpty(report.FileProblems);
        Assert.Equal(before, await rules.FingerprintAsync());
    }

    private static async Task<byte[]> ArchiveAsync(TestDatabase database)
    {
        using var archive = new MemoryStream();
        await new BulkExport(database).WriteArchiveAsync(archive);
        return archive.ToArray();
    }

    private static async Task<string> FileAsync(TestDatabase database, BulkObjectType type)
    {
        using var file = new MemoryStream();
        await new BulkExport(database).WriteFileAsync(type, file);
        return Encoding.UTF8.GetString(file.ToArray());
    }

    private static async Task<List<string>> FindingsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return [.. (await new DesignReview(db).RunAsync()).Select(f => $"{f.Rule.Id} {f.Message}").Order(StringComparer.Ordinal)];
    }
}

public sealed class BulkImportFilesTests_OnSqlite : BulkImportFilesTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class BulkImportFilesTests_OnPostgres : BulkImportFilesTests<PostgresTestDatabase>;
