using AdminPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>The previews in a real browser: an administrator's Mobility Tools, and an end user's "Try it" on a phone.</summary>
public sealed class PreviewsJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    [Fact]
    public async Task Administrator_SanJosePhoneAtALondonAddress_RoamsWithLondonsRegionAndKeepsItsHomeCss()
    {
        var page = await portal.OpenAsync("/ccmadmin/tools/device-mobility");

        // An address that is no address is refused next to the field.
        await page.TypeIntoAsync("phone", "SEP001122334455");
        await page.TypeIntoAsync("ip", "10.30.1.300");
        await page.ClickTestAsync("preview");
        await Expect(page.ErrorOf("ip")).ToContainTextAsync("Enter an IPv4 address");
        await Expect(page.Locator("[data-test='result']")).ToHaveCountAsync(0);

        await page.TypeIntoAsync("ip", "10.30.1.20");
        await page.ClickTestAsync("preview");
        await Expect(page.Locator("[data-test='outcome']")).ToHaveAttributeAsync("data-outcome", "RoamingOtherGroup");
        await Expect(page.Locator("[data-test='roaming-pool']")).ToHaveTextAsync("LON_DP");
        var region = page.Locator("tr", new() { Has = page.Locator("[data-test='setting-name']", new() { HasTextString = "Region" }) }).First;
        await Expect(region.Locator("[data-test='setting-effective']")).ToHaveTextAsync("LON_Region");
        var css = page.Locator("tr", new() { Has = page.Locator("[data-test='setting-name']", new() { HasTextString = "Device Mobility Calling Search Space" }) });
        await Expect(css).ToContainTextAsync("SJ_DevMob_CSS");
        await Expect(css.Locator("[data-test='setting-source']")).ToHaveTextAsync("The device");
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("device-mobility-preview.png"), FullPage = true });

        // Ring preview of the same user's number, and the caller ID match of his mobile.
        await portal.GoAsync(page, "/ccmadmin/tools/ring-preview");
        await page.TypeIntoAsync("user", "jsmith");
        await page.TypeIntoAsync("caller", "+14155550100");
        await page.TypeIntoAsync("at", "2026-03-09T09:30");
        await page.TypeIntoAsync("zone", "America/Los_Angeles");
        await page.ClickTestAsync("preview");
        await Expect(page.Locator("[data-test='rings'][data-name='John mobile']")).ToHaveAttributeAsync("data-rings", "true");
        await Expect(page.Locator("[data-test='heat-map-row']")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("ring-preview.png"), FullPage = true });

        await portal.GoAsync(page, "/ccmadmin/tools/caller-id");
        await page.TypeIntoAsync("number", "4085557890");
        await page.ClickTestAsync("preview");
        await Expect(page.Locator("[data-test='current'] [data-test='match-outcome']")).ToHaveAttributeAsync("data-outcome", "None");
        await Expect(page.Locator("[data-test='other'] [data-test='matched-user']")).ToContainTextAsync("jsmith");
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("caller-id-match.png"), FullPage = true });
    }

    [Fact]
    public async Task EndUser_TriesABlockedCaller_AndSeesHisMobileNotRinging()
    {
        var page = await portal.OpenAsync("/ucmuser", width: 360, height: 740, user: "jsmith");
        await Expect(page.Locator("[data-test='try-it']")).ToBeVisibleAsync();

        // +1900... is on his blocked list for the mobile; Monday 10:00 is inside its weekday schedule.
        await page.TypeIntoAsync("caller", "+19005550123");
        await page.TypeIntoAsync("at", "2026-03-09T10:00");
        await page.TypeIntoAsync("zone", "America/Los_Angeles");
        await page.ClickTestAsync("try");

        await Expect(page.Locator("[data-test='rings'][data-name='John mobile']")).ToHaveAttributeAsync("data-rings", "false");
        await Expect(page.Locator("[data-test='reason'][data-reason='BlockedByList']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-test='rings'][data-name='SEP001122334455']")).ToHaveAttributeAsync("data-rings", "true");
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("self-care-try-it-360.png"), FullPage = true });
    }
}
