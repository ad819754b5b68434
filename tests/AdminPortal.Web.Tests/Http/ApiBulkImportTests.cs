using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdminPortal.Web.Tests.Support.ApiRequests;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// Issue 12's HTTP import on the real app: POST a CSV (or an archive, or a form with the file), get the report; a
/// dry run writes nothing and needs only read access, applying needs a read-write caller and leaves Import audit
/// entries with the job id; malformed files, bad modes, unknown types and other content types are problem documents.
/// </summary>
public sealed class ApiBulkImportTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string Import = Base + "/bulk/import";

    [Fact]
    public async Task DryRun_WithAReadOnlyToken_ReportsEveryRowAndWritesNothing()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("bulk-reader", ApiTokenScope.ReadOnly));
        var before = await DatabaseFingerprint.OfAsync(factory);

        var report = await (await client.SendAsync(Csv($"{Import}/end-users?mode=dryRun", "USER ID,LAST NAME,REMOTE DESTINATION LIMIT\r\ndry1,Dry,4\r\ndry2,Dry,11\r\n")))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal("""{"mode":"dryRun","rows":2,"accepted":1,"refused":1,"applied":false}""",
            $$"""{"mode":{{report["mode"].Text()}},"rows":{{report["rows"]}},"accepted":{{report["accepted"]}},"refused":{{report["refused"]}},"applied":{{report["applied"].Text()}}}""");
        var error = report["errors"]!.AsArray().Single()!;
        Assert.Equal(("end-users.csv", 3, "REMOTE DESTINATION LIMIT", "11", "R7"),
            (error["file"]!.GetValue<string>(), error["row"]!.GetValue<int>(), error["column"]!.GetValue<string>(), error["value"]!.GetValue<string>(), error["rule"]!.GetValue<string>()));
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(factory));
    }

    [Fact]
    public async Task Apply_WithAReadOnlyToken_Is403AndWritesNothing()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("bulk-reader-apply", ApiTokenScope.ReadOnly));
        var before = await DatabaseFingerprint.OfAsync(factory);

        var response = await client.SendAsync(Csv($"{Import}/end-users?mode=all", "USER ID,LAST NAME\r\nro1,Read\r\n"));

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(factory));
    }

    [Fact]
    public async Task Apply_CsvFile_WritesTheRowsWithImportAuditEntriesOfTheJob()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("bulk-writer", ApiTokenScope.ReadWrite));

        var report = await (await client.SendAsync(Csv($"{Import}/end-users", "USER ID,LAST NAME,ENABLE MOBILITY\r\nbulk1,One,t\r\nbulk2,Two,f\r\n")))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("all", true, 2), (report["mode"]!.GetValue<string>(), report["applied"]!.GetValue<bool>(), report["accepted"]!.GetValue<int>()));
        var job = report["jobId"]!.GetValue<string>();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.True(await db.EndUsers.AnyAsync(u => u.UserId == "bulk1" && u.EnableMobility));
        var entries = await db.AuditEntries.Where(e => e.JobId == job).ToListAsync();
        Assert.Equal(["bulk1", "bulk2"], entries.Select(e => e.ObjectName).Order());
        Assert.All(entries, e => Assert.Equal(("Import", "bulk-writer"), (e.Channel, e.TokenName)));
    }

    [Fact]
    public async Task Apply_ArchiveAsAFormFile_ImportsItsFilesInDependencyOrder()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("bulk-archive", ApiTokenScope.ReadWrite));
        var zip = Zip(
            ("remote-destinations.csv", "NAME,DESTINATION,OWNER USER ID,REMOTE DESTINATION PROFILE\r\nzip mobile,+14085553131,zipuser,ZIPUSER_RDP\r\n"),
            ("end-users.csv", "USER ID,LAST NAME,ENABLE MOBILITY\r\nzipuser,Zip,t\r\n"),
            ("remote-destination-profiles.csv", "REMOTE DESTINATION PROFILE NAME,USER ID,DEVICE POOL\r\nZIPUSER_RDP,zipuser,SJ_DP\r\n"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(zip) { Headers = { ContentType = new MediaTypeHeaderValue("application/zip") } }, "file", "config.zip" } };

        var report = await (await client.PostAsync($"{Import}?mode=validRows", form)).JsonAsync(HttpStatusCode.OK);

        Assert.True(report["applied"]!.GetValue<bool>(), report.ToJsonString());
        Assert.Equal(3, report["accepted"]!.GetValue<int>());
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal("zipuser", await db.RemoteDestinations.Where(r => r.DestinationNumber == "+14085553131").Select(r => r.Owner!.UserId).SingleAsync());
    }

    [Fact]
    public async Task Apply_IsKeptAsAFinishedJob_WithItsRefusedRows_ForTheJobList()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("bulk-job", ApiTokenScope.ReadWrite));
        using var form = new MultipartFormDataContent
        {
            { new StringContent("USER ID,LAST NAME,REMOTE DESTINATION LIMIT\r\njob1,Job,4\r\njob2,Job,11\r\n", new UTF8Encoding(false), "text/csv"), "file", "people.csv" },
        };

        var report = await (await client.PostAsync($"{Import}/end-users?mode=validRows", form)).JsonAsync(HttpStatusCode.OK);

        var id = report["jobId"]!.GetValue<string>();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var job = await db.ImportJobs.SingleAsync(j => j.Id == id);
        var account = await db.AuditEntries.Where(e => e.JobId == id).Select(e => e.Account).SingleAsync();
        Assert.Equal(("people.csv", "end-users", ImportMode.ValidRows, ImportJobStatus.Done, account), (job.FileName, job.ObjectType, job.Mode, job.Status, job.Account));
        Assert.Equal((2, 1, 1, true, 1), (job.RowsTotal, job.Accepted, job.Refused, job.Applied, job.RowsWritten));
        Assert.NotNull(job.FinishedAt);
        var refused = await db.ImportJobRefusedRows.Where(r => r.JobId == id).SingleAsync();
        Assert.Equal(("end-users.csv", 3, "REMOTE DESTINATION LIMIT", "11", "R7"), (refused.File, refused.Row, refused.Column, refused.Value, refused.Rule));
    }

    [Fact]
    public async Task DryRun_IsNotKeptAsAJob()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("bulk-dry-job", ApiTokenScope.ReadWrite));

        var report = await (await client.SendAsync(Csv($"{Import}/end-users?mode=dryRun", "USER ID,LAST NAME\r\ndryjob,Dry\r\n"))).JsonAsync(HttpStatusCode.OK);

        var id = report["jobId"]!.GetValue<string>();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.False(await db.ImportJobs.AnyAsync(j => j.Id == id));
    }

    [Theory]
    [InlineData("end-users?mode=everything", "text/csv", HttpStatusCode.BadRequest)]
    [InlineData("end-users?mode=DryRun", "text/csv", HttpStatusCode.BadRequest)]
    [InlineData("no-such-type", "text/csv", HttpStatusCode.NotFound)]
    [InlineData("end-users", "application/json", HttpStatusCode.UnsupportedMediaType)]
    public async Task BadRequests_AreProblemDocuments(string path, string contentType, HttpStatusCode status)
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync($"bulk-bad-{Guid.NewGuid():N}", ApiTokenScope.ReadWrite));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Import}/{path}") { Content = new StringContent("USER ID,LAST NAME\r\nx,y\r\n", Encoding.UTF8, contentType) };

        await (await client.SendAsync(request)).ProblemAsync(status);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("empty")]
    [InlineData("header")]
    [InlineData("zip as csv")]
    [InlineData("not utf-8")]
    public async Task MalformedFile_Is400WithTheReadersMessage_AndWritesNothing(string kind)
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync($"bulk-malformed-{Guid.NewGuid():N}", ApiTokenScope.ReadWrite));
        var before = await DatabaseFingerprint.OfAsync(factory);
        byte[] body = kind switch
        {
            "binary" => [.. Encoding.UTF8.GetBytes("USER ID,LAST NAME\r\n"), 0, 1, 2, 0, 255],
            "empty" => [],
            "header" => Encoding.UTF8.GetBytes("NO SUCH COLUMN,LAST NAME\r\nx,y\r\n"),
            "not utf-8" => [.. Encoding.UTF8.GetBytes("USER ID,LAST NAME\r\nx,"), 0xC3, 0x28, (byte)'\r', (byte)'\n'],
            _ => Zip(("end-users.csv", "USER ID,LAST NAME\r\nx,y\r\n")),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Import}/end-users") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var response = await client.SendAsync(request);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]!.GetValue<string>()));
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(factory));
    }

    private static HttpRequestMessage Csv(string path, string csv) =>
        new(HttpMethod.Post, path) { Content = new StringContent(csv, new UTF8Encoding(false), "text/csv") };

    private static byte[] Zip(params (string Name, string Csv)[] files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, csv) in files)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(csv));
            }
        }

        return buffer.ToArray();
    }
}
