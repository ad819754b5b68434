using AdminPortal.BrowserTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>An end user manages their own reachability from a phone-sized browser (360 px wide).</summary>
public sealed class SelfCareJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    [Fact]
    public async Task EndUser_OnAPhone_AddsAMobileWithAWeekdayScheduleTogglesSnrAndSignsOut()
    {
        var page = await portal.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        await page.GotoAsync(portal.BaseUrl + "/ucmuser");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin\\?ReturnUrl=%2Fucmuser$"));
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("self-care-sign-in-360.png"), FullPage = true });
        await portal.SignInAsync(page, "jsmith");
        await page.Locator("[data-test='interactive']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.Locator("[data-test='greeting']")).ToContainTextAsync("John");

        // A new mobile number ringing on weekdays 08:00-18:00.
        await page.ClickTestAsync("add-destination");
        await Expect(page.Locator("[data-test='destination-form']")).ToBeVisibleAsync();
        await page.Locator("[data-test='interactive']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.TypeIntoAsync("Name", "John second mobile");
        await page.TypeIntoAsync("DestinationNumber", "+14085550777");
        await page.Locator(".mud-checkbox:has(input[data-field='IsMobilePhone'])").ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "As specified below" }).ClickAsync();
        foreach (var day in Weekdays)
        {
            await page.ChooseAsync($"Schedule.{day}.Kind", "From - To");
            await page.ChooseAsync($"Schedule.{day}.End", "18:00");
        }

        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("self-care-destination-360.png"), FullPage = true });
        await page.ClickTestAsync("save");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ucmuser$"));
        var added = page.Locator("[data-test='destination']", new() { HasText = "+14085550777" });
        await Expect(added).ToBeVisibleAsync();

        int id;
        await using (var db = portal.Database.CreateDbContext())
        {
            var stored = await db.RemoteDestinations.Include(r => r.RingSchedule!).ThenInclude(s => s.Entries).Include(r => r.Owner)
                .SingleAsync(r => r.DestinationNumber == "+14085550777");
            Assert.Equal("jsmith", stored.Owner!.UserId);
            Assert.True(stored.IsMobilePhone);
            Assert.Equal(5, stored.RingSchedule!.Entries.Count);
            Assert.All(stored.RingSchedule.Entries, e => Assert.Equal(18 * 60, e.EndMinute));
            id = stored.Id;
        }

        // Single Number Reach off, then on again, for that destination.
        var snr = added.Locator(".mud-switch input");
        await snr.ClickAsync();
        await ExpectSnrAsync(id, false);
        await snr.ClickAsync();
        await ExpectSnrAsync(id, true);
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("self-care-home-360.png"), FullPage = true });

        await page.Locator("[data-test='sign-out'] button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await page.GotoAsync(portal.BaseUrl + "/ucmuser");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin\\?ReturnUrl="));
    }

    private async Task ExpectSnrAsync(int id, bool on)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(10); ; await Task.Delay(100))
        {
            await using var db = portal.Database.CreateDbContext();
            var stored = await db.RemoteDestinations.AsNoTracking().SingleAsync(r => r.Id == id);
            if (stored.EnableSingleNumberReach == on || DateTime.UtcNow > deadline)
            {
                Assert.Equal(on, stored.EnableSingleNumberReach);
                return;
            }
        }
    }
}
