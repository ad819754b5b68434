using System.Text.RegularExpressions;
using AdminPortal.BrowserTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>An administrator sets up a new site end to end in a real browser against the running portal.</summary>
public sealed partial class DeviceMobilityJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    [Fact]
    public async Task NewSite_WithPhysicalLocationPoolAndSubnet_IsSavedAndBadSubnetIsRefused()
    {
        var page = await portal.OpenAsync("/ccmadmin/physical-locations/new");

        // Physical location.
        await page.TypeIntoAsync("Name", "NYC_phyloc");
        await page.TypeIntoAsync("Description", "New York office");
        await page.ClickTestAsync("save");
        await Expect(page.Locator("[data-test='status']")).ToContainTextAsync("Add successful");

        // Site with that physical location.
        await portal.GoAsync(page, "/ccmadmin/sites/new");
        await page.TypeIntoAsync("Name", "New York");
        await page.TypeIntoAsync("PstnAccessCode", "9");
        await page.PickAsync("PhysicalLocationId", "NYC_phyloc");
        await page.ClickTestAsync("save");
        await Expect(page.Locator("[data-test='status']")).ToContainTextAsync("Add successful");

        // Device pool in the site.
        await portal.GoAsync(page, "/ccmadmin/device-pools/new");
        await page.TypeIntoAsync("Name", "NYC_DP");
        await page.PickAsync("SiteId", "New York");
        await page.PickAsync("DateTimeGroupId", "America-New_York");
        await page.PickAsync("RegionId", "RTP_Region");
        await page.PickAsync("SrstReferenceId", "Use Default Gateway");
        await page.PickAsync("PhysicalLocationId", "NYC_phyloc");
        await page.PickAsync("DeviceMobilityGroupId", "US_dmg");
        await page.PickAsync("UnifiedCmGroupId", "US_CMGroup");
        await page.ClickTestAsync("save");
        await Expect(page.Locator("[data-test='status']")).ToContainTextAsync("Add successful");
        await Expect(page).ToHaveURLAsync(PoolUrl());
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("device-pool.png"), FullPage = true });

        // A subnet with host bits set is refused next to the field, and nothing is saved.
        await portal.GoAsync(page, "/ccmadmin/device-mobility-info/new");
        await page.TypeIntoAsync("Name", "NYC_dmi");
        await page.TypeIntoAsync("Subnet", "10.50.1.7");
        await page.TypeIntoAsync("SubnetMaskSize", "16");
        await page.PickAsync("AvailableDevicePools", "NYC_DP");
        await page.ClickTestAsync("add-pool");
        await page.ClickTestAsync("save");
        await Expect(page.ErrorOf("Subnet")).ToContainTextAsync("host bits");
        await Expect(page.Locator("[data-test='error-summary']")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("device-mobility-info-refused.png"), FullPage = true });
        await using (var db = portal.Database.CreateDbContext())
        {
            Assert.False(await db.DeviceMobilityInfos.AnyAsync(d => d.Name == "NYC_dmi"));
        }

        // Corrected, it saves.
        await page.TypeIntoAsync("Subnet", "10.50.0.0");
        await page.ClickTestAsync("save");
        await Expect(page.Locator("[data-test='status']")).ToContainTextAsync("Add successful");

        await using var check = portal.Database.CreateDbContext();
        var dmi = await check.DeviceMobilityInfos.Include(d => d.DevicePools).ThenInclude(p => p.DevicePool).ThenInclude(p => p!.Site)
            .SingleAsync(d => d.Name == "NYC_dmi");
        Assert.Equal("10.50.0.0", dmi.Subnet);
        Assert.Equal("New York", Assert.Single(dmi.DevicePools).DevicePool!.Site!.Name);
    }

    [Fact]
    public async Task DevicePoolList_SearchAndOpen_ShowsTheDemoPool()
    {
        var page = await portal.OpenAsync("/ccmadmin/device-pools");

        await page.Locator("input[data-test='search-text']").FillAsync("LON");
        await page.ClickTestAsync("find");
        await page.GetByRole(AriaRole.Link, new() { Name = "LON_DP", Exact = true }).ClickAsync();

        await Expect(page.Locator("input[data-field='PhysicalLocationId']")).ToHaveValueAsync("LON_phyloc");
        await Expect(page.Locator("input[data-field='DeviceMobilityGroupId']")).ToHaveValueAsync("EUR_dmg");
    }

    [GeneratedRegex(@"/ccmadmin/device-pools/\d+\?status=added$")]
    private static partial Regex PoolUrl();
}
