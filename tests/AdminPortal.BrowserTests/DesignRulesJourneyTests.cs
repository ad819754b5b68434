using AdminPortal.BrowserTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>An administrator meets the design rules in a real browser: a refusal with its rule, then the review and the dashboard.</summary>
public sealed class DesignRulesJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    [Fact]
    public async Task SecondPhysicalLocationForASite_IsRefusedByR1FromPoolAndFromSite()
    {
        int poolId, siteId;
        await using (var db = portal.Database.CreateDbContext())
        {
            poolId = await db.DevicePools.Where(p => p.Name == "SJ_DP").Select(p => p.Id).SingleAsync();
            siteId = await db.Sites.Where(s => s.Name == "San Jose").Select(s => s.Id).SingleAsync();
        }

        // A San Jose pool moved to RTP's physical location would give San Jose a second one.
        var page = await portal.OpenAsync($"/ccmadmin/device-pools/{poolId}");
        await Expect(page.Locator("input[data-field='PhysicalLocationId']")).ToHaveValueAsync("SJ_phyloc");
        await page.PickAsync("PhysicalLocationId", "RTP_phyloc");
        await page.ClickTestAsync("save");
        await Expect(page.ErrorOf("PhysicalLocationId")).ToContainTextAsync("R1: Site San Jose is in physical location SJ_phyloc");
        await Expect(page.ErrorOf("PhysicalLocationId")).ToContainTextAsync("(SRND L484, L415).");
        await Expect(page.Locator("[data-test='error-summary'] li[data-rule='R1']")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("r1-refused.png"), FullPage = true });

        // Nothing was saved.
        await using (var check = portal.Database.CreateDbContext())
        {
            Assert.Equal("SJ_phyloc", (await check.DevicePools.Include(p => p.PhysicalLocation).SingleAsync(p => p.Id == poolId)).PhysicalLocation!.Name);
        }

        // Moving the whole site instead is allowed: its pools follow, and the site keeps one physical location.
        await portal.GoAsync(page, $"/ccmadmin/sites/{siteId}");
        await Expect(page.Locator("input[data-field='PhysicalLocationId']")).ToHaveValueAsync("SJ_phyloc");
        await page.PickAsync("PhysicalLocationId", "RTP_phyloc");
        await page.ClickTestAsync("save");
        await Expect(page.Locator("[data-test='status']")).ToContainTextAsync("Update successful");
        await portal.GoAsync(page, $"/ccmadmin/device-pools/{poolId}");
        await Expect(page.Locator("input[data-field='PhysicalLocationId']")).ToHaveValueAsync("RTP_phyloc");
    }

    [Fact]
    public async Task DesignReviewAndCapacity_OnTheDemo_ShowFindingsAndFigures()
    {
        var page = await portal.OpenAsync("/ccmadmin/design-review");

        await Expect(page.Locator("[data-test='row-rule']").First).ToBeVisibleAsync();
        var rules = await page.Locator("[data-test='row-rule']").AllTextContentsAsync();
        Assert.Contains("W7", rules.Select(r => r.Trim()));
        Assert.Contains("W8", rules.Select(r => r.Trim()));
        await Expect(page.Locator("[data-test='count-Error']")).ToContainTextAsync("0 errors");
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("design-review.png"), FullPage = true });

        await page.PickInAsync(page.Locator(".mud-select:has([data-field='filter-rule'])").First, "W7 (1)");
        await Expect(page.Locator("[data-test='row-rule']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-test='row-message']")).ToContainTextAsync("mgarcia has 2 destinations with Single Number Reach");
        await page.GetByRole(AriaRole.Link, new() { Name = "mgarcia", Exact = true }).ClickAsync();
        await Expect(page.Locator("input[data-field='UserId']")).ToHaveValueAsync("mgarcia");

        await portal.GoAsync(page, "/ccmadmin/capacity");
        await Expect(page.Locator("[data-test='gauge-destinations'] [data-test='used']")).ToHaveTextAsync("5 / 40,000");
        await page.Locator("input[data-field='voice']").FillAsync("60");
        await Expect(page.Locator("[data-test='cells']")).ToHaveTextAsync("3 channel cells needed");
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("capacity.png"), FullPage = true });
    }
}
