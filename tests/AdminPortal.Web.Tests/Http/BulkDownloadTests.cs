using System.IO.Compression;
using System.Net;
using System.Text;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// The Bulk Administration pages' downloads on the real app, with the portal's cookie (decision 017): a type's CSV,
/// the archive of chosen types or of everything, and a job's refused rows after the app's own runner ran the job.
/// </summary>
public sealed class BulkDownloadTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task ExportFile_ReadOnlyAdministrator_GetsTheTypesCsv_AndAnUnknownTypeIsNotFound()
    {
        using var client = await factory.SignedInClientAsync(PortalSignIn.Auditor);

        var response = await client.GetAsync(PortalUrls.BulkExportFile("sites"));
        var missing = await client.GetAsync(PortalUrls.BulkExportFile("nothing"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("sites.csv", response.Content.Headers.ContentDisposition?.FileName);
        var expected = new MemoryStream();
        await factory.Services.GetRequiredService<BulkExport>().WriteFileAsync(BulkObjectTypes.Find("sites")!, expected);
        Assert.Equal(expected.ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ExportArchive_EverythingOrTheChosenTypes_InDependencyOrder_AndAnUnknownTypeIsABadRequest()
    {
        using var client = await factory.SignedInClientAsync();

        var everything = await EntriesAsync(await client.GetAsync(PortalUrls.BulkExportArchive));
        var chosen = await EntriesAsync(await client.GetAsync(PortalUrls.BulkExportArchiveOf(["remote-destinations", "sites"])));
        var unknown = await client.GetAsync(PortalUrls.BulkExportArchiveOf(["sites", "nothing"]));

        Assert.Equal([.. BulkObjectTypes.InDependencyOrder.Select(t => t.FileName), BulkManifest.FileName], everything);
        Assert.Equal(["sites.csv", "remote-destinations.csv", BulkManifest.FileName], chosen);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("nothing", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_RunByTheAppsRunner_ItsRefusedRowsDownloadAsCsv_FilteredByRule()
    {
        var jobs = new ImportJobs(factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), new ImportJobChange("admin"),
            factory.Services.GetRequiredService<ImportJobFolder>(), factory.Services.GetRequiredService<PendingImportJobs>(),
            factory.Services.GetRequiredService<RunningImportJobs>(), TimeProvider.System);
        var csv = "PHYSICAL LOCATION NAME,DESCRIPTION\r\nAnnex,ok\r\n" + new string('L', 51) + ",too long\r\n,no name\r\n";
        var job = (await jobs.StartAsync("physical-locations.csv", "physical-locations", ImportMode.DryRun, new MemoryStream(Encoding.UTF8.GetBytes(csv)))).Job!;

        ImportJob? done = null;
        for (var i = 0; i < 200 && done is not { IsFinished: true }; i++)
        {
            await Task.Delay(50);
            done = await jobs.FindAsync(job.Id);
        }

        Assert.Equal((ImportJobStatus.Done, 3, 2), (done!.Status, done.RowsChecked, done.Refused));
        using var client = await factory.SignedInClientAsync(PortalSignIn.Auditor);
        var lines = (await client.GetStringAsync(PortalUrls.BulkJobRefusedRows(job.Id, ""))).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ImportJobReport.CsvHeader, lines[0]);
        Assert.Equal(["3", "4"], lines.Skip(1).Select(l => l.Split(',')[2]));
        var none = (await client.GetStringAsync(PortalUrls.BulkJobRefusedRows(job.Id, "?rule=R2"))).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([ImportJobReport.CsvHeader], none);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PortalUrls.BulkJobRefusedRows("nope", ""))).StatusCode);
    }

    private static async Task<List<string>> EntriesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return [.. zip.Entries.Select(e => e.FullName)];
    }
}
