using AdminPortal.BrowserTests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>An administrator sets up Single Number Reach for a new user, end to end, in a real browser.</summary>
public sealed class UnifiedMobilityJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    [Fact]
    public async Task NewMobilityUser_WithSharedLineProfileScheduleAndBlockedList_IsKeptAfterReload()
    {
        var page = await portal.OpenAsync("/ccmadmin/end-users/new", height: 1400);
        var status = page.Locator("[data-test='status']");

        // End user with mobility enabled.
        await page.TypeIntoAsync("UserId", "alopez");
        await page.TypeIntoAsync("FirstName", "Ana");
        await page.TypeIntoAsync("LastName", "Lopez");
        await page.GetByText("Enable Mobility", new() { Exact = true }).ClickAsync();
        await page.ClickTestAsync("save");
        await Expect(status).ToContainTextAsync("Add successful");

        // Desk line and desk phone.
        await portal.GoAsync(page, "/ccmadmin/directory-numbers/new");
        await page.TypeIntoAsync("Pattern", "+14085556001");
        await page.PickAsync("PartitionId", "Internal_PT");
        await page.ClickTestAsync("save");
        await Expect(status).ToContainTextAsync("Add successful");

        await portal.GoAsync(page, "/ccmadmin/phones/new");
        await page.TypeIntoAsync("Name", "SEP00AA11BB22CC");
        await page.PickAsync("DevicePoolId", "SJ_DP");
        await page.PickAsync("OwnerId", "alopez");
        await page.PickAsync("AddLine", "+14085556001 / Internal_PT");
        await page.ClickTestAsync("add-line");
        await page.ClickTestAsync("save");
        await Expect(status).ToContainTextAsync("Add successful");

        // Blocked list.
        await portal.GoAsync(page, "/ccmadmin/access-lists/new");
        await page.TypeIntoAsync("Name", "alopez_blocked");
        await page.PickAsync("OwnerId", "alopez");
        await page.Locator("input[data-field='NewMemberMask']").FillAsync("+1900XXXXXXX");
        await page.ClickTestAsync("add-member");
        await page.ClickTestAsync("save");
        await Expect(status).ToContainTextAsync("Add successful");

        // Remote destination profile sharing the desk line.
        await portal.GoAsync(page, "/ccmadmin/remote-destination-profiles/new");
        await page.TypeIntoAsync("Name", "ALOPEZ_RDP");
        await page.PickAsync("UserId", "alopez");
        await page.PickAsync("DevicePoolId", "SJ_DP");
        await page.PickAsync("AddLine", "+14085556001 / Internal_PT");
        await page.ClickTestAsync("add-line");
        await page.ClickTestAsync("save");
        await Expect(status).ToContainTextAsync("Add successful");

        // Remote destination from the profile: weekdays 08:00-18:00 in Los Angeles, blocked list.
        await page.ClickTestAsync("add-destination");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Remote Destination Configuration");
        await Expect(page.Locator("[data-test='lines']")).ToContainTextAsync("+14085556001");
        await page.TypeIntoAsync("Name", "Ana mobile");
        await page.TypeIntoAsync("DestinationNumber", "+14085556999");
        await page.GetByRole(AriaRole.Radio, new() { Name = "As specified below" }).ClickAsync();
        foreach (var day in Weekdays)
        {
            await page.ChooseAsync($"Schedule.{day}.Kind", "From - To");
            await page.ChooseAsync($"Schedule.{day}.End", "18:00");
        }

        var zone = page.Locator("input[data-field='TimeZone']");
        await zone.FillAsync("Los_Angeles");
        await page.Locator(".mud-popover-open").GetByText("America/Los_Angeles", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Do not ring this destination if caller is in" }).ClickAsync();
        // The list is enabled once the circuit has taken the choice: a click on a still-disabled input is lost.
        await Expect(page.Locator("input[data-field='BlockedList']")).ToBeEnabledAsync();
        await page.PickAsync("BlockedList", "alopez_blocked");
        await page.ClickTestAsync("save");
        await Expect(status).ToContainTextAsync("Add successful");

        // Reload: everything kept.
        await page.ReloadAsync();
        await page.Locator("[data-test='interactive']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.Locator("input[data-field='DestinationNumber']")).ToHaveValueAsync("+14085556999");
        await Expect(page.Locator("input[data-field='TimeZone']")).ToHaveValueAsync("America/Los_Angeles");
        await Expect(page.Locator("select[data-field='Schedule.Friday.End'] option:checked")).ToHaveTextAsync("18:00");
        await Expect(page.Locator("input[data-field='BlockedList']")).ToHaveValueAsync("alopez_blocked");
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("remote-destination.png"), FullPage = true });

        await using var db = portal.Database.CreateDbContext();
        var stored = await db.RemoteDestinations.Include(r => r.RingSchedule!).ThenInclude(s => s.Entries).Include(r => r.Owner).Include(r => r.AccessList)
            .SingleAsync(r => r.DestinationNumber == "+14085556999");
        Assert.True(stored.Owner!.EnableMobility);
        Assert.Equal("alopez_blocked", stored.AccessList!.Name);
        Assert.Equal(CallerFilterMode.DoNotRingIfCallerInBlockedList, stored.CallerFilter);
        Assert.False(stored.RingSchedule!.AllTheTime);
        Assert.Equal(5, stored.RingSchedule.Entries.Count);
        Assert.All(stored.RingSchedule.Entries, e => Assert.Equal((8 * 60, 18 * 60), (e.StartMinute, e.EndMinute)));
        var profileLine = await db.RemoteDestinationProfileLines.Include(l => l.DirectoryNumber).SingleAsync(l => l.RemoteDestinationProfile!.Name == "ALOPEZ_RDP");
        var phoneLine = await db.PhoneLines.SingleAsync(l => l.Phone!.Name == "SEP00AA11BB22CC");
        Assert.Equal(phoneLine.DirectoryNumberId, profileLine.DirectoryNumberId);
    }
}
