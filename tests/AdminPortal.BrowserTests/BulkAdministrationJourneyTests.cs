using AdminPortal.BrowserTests.Support;
using AdminPortal.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>
/// Bulk Administration in a real browser (issue 12, decision 017): the demo cluster exported as one archive, imported
/// into a fresh portal with a dry run and then applied while the job page's progress bar follows the job, and the
/// report of a file with two bad rows.
/// </summary>
public sealed class BulkAdministrationJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    private static readonly LocatorAssertionsToContainTextOptions Long = new() { Timeout = 120_000 };

    [Fact]
    public async Task ExportEverything_ImportIntoAFreshPortal_DryRunThenApply_ThenAFileWithTwoBadRowsShowsItsReport()
    {
        var folder = Directory.CreateTempSubdirectory("bulk-journey-").FullName;
        try
        {
            // Export everything from the demo cluster.
            var source = await portal.OpenAsync(PortalUrls.BulkExport);
            var download = await source.RunAndWaitForDownloadAsync(() => source.ClickTestAsync("export-everything"));
            var archive = Path.Combine(folder, download.SuggestedFilename);
            await download.SaveAsAsync(archive);
            Assert.EndsWith(".zip", archive, StringComparison.Ordinal);
            int destinations;
            await using (var db = portal.Database.CreateDbContext())
            {
                destinations = await db.RemoteDestinations.CountAsync();
            }

            await using var fresh = RunningPortal.Fresh();
            await fresh.InitializeAsync();
            var page = await fresh.OpenAsync(PortalUrls.BulkImport);

            // A dry run first: every row checked, nothing written.
            var dryRun = await ImportAsync(fresh, page, archive, "mode-dry-run");
            await Expect(page.Locator("[data-test='job-outcome']")).ToContainTextAsync("0 refused. Nothing was written.");
            Assert.Equal("Done:100", dryRun[^1]);
            Assert.Equal(0, await CountAsync(fresh));

            // Then applied, all or nothing; the progress bar ends at 100 %. (Whether the page first finds the 90-row job
            // still running depends on the machine's speed, so the states in between are proven deterministically by
            // BulkPagesTests with a paced engine, not here.)
            await fresh.GoAsync(page, PortalUrls.BulkImport);
            var apply = await ImportAsync(fresh, page, archive, "mode-all");
            await Expect(page.Locator("[data-test='job-outcome']")).ToContainTextAsync("rows were written.");
            Assert.Equal("Done:100", apply[^1]);
            Assert.Equal(destinations, await CountAsync(fresh));
            await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("bulk-import-applied.png"), FullPage = true });

            // A file with two bad rows: its report names each row, column and message; nothing was written.
            var bad = Path.Combine(folder, "physical-locations.csv");
            await File.WriteAllTextAsync(bad, "PHYSICAL LOCATION NAME,DESCRIPTION\r\nAnnex,ok\r\n" + new string('L', 51) + ",too long\r\n,no name\r\n");
            await fresh.GoAsync(page, PortalUrls.BulkImport);
            await ImportAsync(fresh, page, bad, "mode-all");
            await Expect(page.Locator("[data-test='job-outcome']")).ToContainTextAsync("2 rows refused: nothing was written");
            await Expect(page.Locator("[data-test='refused-row']")).ToHaveCountAsync(2);
            Assert.Equal(["3", "4"], (await page.Locator("[data-test='refused-row']").AllTextContentsAsync()).Select(r => r.Trim()));
            await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("bulk-import-report.png"), FullPage = true });

            // The Job Scheduler keeps all three, newest first, with their outcome.
            await fresh.GoAsync(page, PortalUrls.BulkJobs);
            await Expect(page.Locator("[data-test='job-row']")).ToHaveCountAsync(3);
            Assert.Equal(["2", "0", "0"], (await page.Locator("[data-test='job-refused']").AllTextContentsAsync()).Select(r => r.Trim()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Uploads the file in the mode, starts the job and follows its page until it is done: the statuses and percents it showed, in order.
    private static async Task<IReadOnlyList<string>> ImportAsync(RunningPortal fresh, IPage page, string file, string mode)
    {
        await page.Locator("input[type='file'][data-test='import-file']").SetInputFilesAsync(file);
        await page.Locator($"label:has(input[data-test='{mode}'])").ClickAsync();
        // Every state of the job's progress the page shows, recorded as it renders (Blazor navigates without reloading).
        await page.EvaluateAsync("""
            () => {
                window.bulkSeen = [];
                const record = () => {
                    const progress = document.querySelector("[data-test='job-progress']");
                    const bar = document.querySelector("[data-test='progress-bar']");
                    if (!progress || !bar) return;
                    const state = progress.getAttribute('data-status') + ':' + bar.getAttribute('data-percent');
                    if (window.bulkSeen[window.bulkSeen.length - 1] !== state) window.bulkSeen.push(state);
                };
                new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
            }
            """);
        await page.ClickTestAsync("start-import");
        await page.WaitForURLAsync(url => url.Contains(PortalUrls.BulkJobs + "/", StringComparison.Ordinal));
        await Expect(page.Locator("[data-test='job-progress']")).ToHaveAttributeAsync("data-status", "Done", new() { Timeout = Long.Timeout });
        Assert.Equal(fresh.BaseUrl, new Uri(page.Url).GetLeftPart(UriPartial.Authority));
        return await page.EvaluateAsync<string[]>("() => window.bulkSeen");
    }

    private static async Task<int> CountAsync(RunningPortal fresh)
    {
        await using var db = fresh.Database.CreateDbContext();
        return await db.RemoteDestinations.CountAsync();
    }
}
