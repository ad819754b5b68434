using System.Text;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Components.Pages.Admin.Bulk;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Bulk;

/// <summary>
/// Bulk Administration (decision 017): Import queues a job and opens its page, which follows the job's progress bar
/// while it runs elsewhere and then shows its report (counts per file, refused rows filtered, a CSV link); the Job
/// Scheduler lists jobs; a read-only administrator may only run dry runs; Export links every type's file and the archive.
/// </summary>
public sealed class BulkPagesTests : PortalComponentTest
{
    private readonly ImportJobFolder _folder = new(Directory.CreateTempSubdirectory("portal-import-jobs-").FullName);

    public BulkPagesTests() => Services.AddSingleton(_folder);

    private static readonly ImportReport TwoRefused = new(ImportMode.All, 10, 8, 2, Applied: false,
        [
            new ImportError("remote-destinations.csv", 3, "DESTINATION", "4085550100", "R5", "Another destination already matches"),
            new ImportError("remote-destinations.csv", 7, "NAME", "", null, "Name is required."),
        ],
        [new ImportTypeCount("remote-destinations.csv", "Remote Destination", 10, 8, 2, 8, 0, 0)]);

    [Fact]
    public async Task Import_Administrator_UploadsAFile_TheJobIsQueuedWithItsTypeAndModeAndItsPageOpens()
    {
        var page = RenderPage<BulkImportPage>(PortalUrls.BulkImport);
        page.WaitForAssertion(() => Assert.False(page.Find("input[data-test='mode-all']").HasAttribute("disabled")));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("NAME,DESTINATION\r\nx,1\r\n", "remote-destinations.csv"));
        await ChooseRadio(page, ImportMode.ValidRows);
        Click(page, "start-import");

        var job = await SingleJobAsync();
        Assert.Equal(("remote-destinations.csv", "remote-destinations", ImportMode.ValidRows, ImportJobStatus.Queued, "admin"),
            (job.FileName, job.ObjectType, job.Mode, job.Status, job.Account));
        Assert.Equal("NAME,DESTINATION\r\nx,1\r\n", await File.ReadAllTextAsync(_folder.FileOf(job.Id)));
        Assert.EndsWith(PortalUrls.BulkJob(job.Id), CurrentUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ReadOnlyAdministrator_MayOnlyQueueADryRun()
    {
        Authorization.SetAuthorized("auditor");
        Authorization.SetRoles(PortalRoles.ReadOnlyAdministrator);

        var page = RenderPage<BulkImportPage>(PortalUrls.BulkImport);

        page.WaitForAssertion(() => Assert.Equal(ImportJobs.NotAllowedMessage, page.Find("[data-test='read-only-note']").TextContent.Trim()));
        Assert.True(page.Find("input[data-test='mode-all']").HasAttribute("disabled"));
        Assert.True(page.Find("input[data-test='mode-valid-rows']").HasAttribute("disabled"));
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("x", "archive.zip"));
        Click(page, "start-import");
        var job = await SingleJobAsync();
        Assert.Equal((ImportMode.DryRun, "", "auditor"), (job.Mode, job.ObjectType, job.Account));
    }

    [Fact]
    public async Task JobPage_WhileTheJobRuns_ShowsItsProgress_ThenItsReportWithFilteredRefusedRows()
    {
        var start = await Services.GetRequiredService<ImportJobs>().StartAsync("remote-destinations.csv", "remote-destinations", ImportMode.All,
            new MemoryStream(Encoding.UTF8.GetBytes("NAME\n" + string.Concat(Enumerable.Repeat("x\n", 40)))));
        var job = start.Job!;
        var page = RenderPage<ImportJobPage>(PortalUrls.BulkJob(job.Id), p => p.Add(x => x.Id, job.Id));
        page.WaitForAssertion(() => Assert.Equal("Queued", page.Find("[data-test='job-progress']").GetAttribute("data-status")));

        // The job runs apart from the page, as the runner runs it; the page reads its row again on its own.
        var engine = new PacedImportEngine(TwoRefused, rows: 40);
        var running = Services.GetRequiredService<ImportJobRun>().RunAsync(job.Id, engine, CancellationToken.None);
        page.WaitForAssertion(() => Assert.Equal("Writing", page.Find("[data-test='job-progress']").GetAttribute("data-status")), TimeSpan.FromSeconds(10));
        Assert.Equal("30 of 40 rows checked, 10 written", RowsText(page));
        Assert.Equal("75", page.Find("[data-test='progress-bar']").GetAttribute("data-percent"));

        engine.Release();
        await running;
        page.WaitForAssertion(() => Assert.Equal("Done", page.Find("[data-test='job-progress']").GetAttribute("data-status")), TimeSpan.FromSeconds(10));
        Assert.Equal("2 rows refused: nothing was written (all or nothing). Fix the rows below and import the file again.", page.Find("[data-test='job-outcome']").TextContent.Trim());
        Assert.Equal(["10", "8", "2"], [page.Find("[data-test='type-rows']").TextContent, page.Find("[data-test='type-accepted']").TextContent, page.Find("[data-test='type-refused']").TextContent]);
        page.WaitForAssertion(() => Assert.Equal(["3", "7"], page.FindAll("[data-test='refused-row']").Select(c => c.TextContent.Trim())));

        await ChooseValue(page, "filter-rule", "R5");
        Click(page, "filter");
        page.WaitForAssertion(() => Assert.Equal(["3"], page.FindAll("[data-test='refused-row']").Select(c => c.TextContent.Trim())));
        Assert.Equal(PortalUrls.BulkJobRefusedRows(job.Id, "?rule=R5"), page.Find("[data-test='download-refused']").GetAttribute("href"));

        await ChooseValue(page, "filter-rule", "");
        Type(page, "filter-text", "required");
        Click(page, "filter");
        page.WaitForAssertion(() => Assert.Equal(["7"], page.FindAll("[data-test='refused-row']").Select(c => c.TextContent.Trim())));
        Assert.Equal("Name is required.", page.Find("[data-test='refused-message']").TextContent.Trim());
    }

    [Fact]
    public async Task JobScheduler_ListsTheJobsNewestFirst_WithStatusAndRefusedRows()
    {
        var jobs = Services.GetRequiredService<ImportJobs>();
        var first = (await jobs.StartAsync("remote-destinations.csv", "remote-destinations", ImportMode.DryRun, new MemoryStream([1]))).Job!;
        var engine = new PacedImportEngine(TwoRefused with { Mode = ImportMode.DryRun });
        engine.Release();
        await Services.GetRequiredService<ImportJobRun>().RunAsync(first.Id, engine, CancellationToken.None);
        var second = (await jobs.StartAsync("sites.csv", "sites", ImportMode.All, new MemoryStream([1]))).Job!;

        var page = RenderPage<ImportJobsPage>(PortalUrls.BulkJobs);

        page.WaitForAssertion(() => Assert.Equal([second.Id, first.Id], page.FindAll("[data-test='job-row']").Select(r => r.GetAttribute("data-job"))));
        var statuses = page.FindAll("[data-test='job-progress']").Select(p => p.GetAttribute("data-status"));
        Assert.Equal(["Queued", "Done"], statuses);
        Assert.Equal(["", "2"], page.FindAll("[data-test='job-refused']").Select(c => c.TextContent.Trim()));
        Assert.Equal(PortalUrls.BulkJob(first.Id), page.FindAll("[data-test='job-link']")[1].GetAttribute("href"));
    }

    [Fact]
    public void JobPage_UnknownJob_SaysSo()
    {
        var page = RenderPage<ImportJobPage>(PortalUrls.BulkJob("nope"), p => p.Add(x => x.Id, "nope"));

        page.WaitForAssertion(() => Assert.Contains("There is no import job nope", page.Find("[data-test='job-not-found']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_LinksEveryTypesFile_AndTheArchiveOfTheChosenTypesInDependencyOrder()
    {
        var page = RenderPage<BulkExportPage>(PortalUrls.BulkExport);

        Assert.Equal(BulkObjectTypes.InDependencyOrder.Select(t => PortalUrls.BulkExportFile(t.Slug)), page.FindAll("[data-test='export-file']").Select(a => a.GetAttribute("href")));
        Assert.Equal(PortalUrls.BulkExportArchive, page.Find("[data-test='export-everything']").GetAttribute("href"));
        Assert.True(page.Find("[data-test='export-chosen']").HasAttribute("disabled"));

        await Check(page, "choose-remote-destinations", true);
        await Check(page, "choose-sites", true);

        Assert.Equal($"{PortalUrls.BulkExportArchive}?types=sites%2Cremote-destinations", page.Find("[data-test='export-chosen']").GetAttribute("href"));
    }

    private static string RowsText(IRenderedComponent<PageHost> page)
    {
        var text = page.Find("[data-test='job-rows']").TextContent.Trim();
        return text[..text.LastIndexOf(',')];
    }

    private async Task<ImportJob> SingleJobAsync()
    {
        ImportJob? job = null;
        for (var i = 0; i < 100 && job is null; i++)
        {
            await using var db = Database.CreateDbContext();
            job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync();
            await Task.Delay(job is null ? 50 : 0);
        }

        return job ?? throw new InvalidOperationException("No job was queued.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_folder.Path))
        {
            Directory.Delete(_folder.Path, recursive: true);
        }
    }
}
