using AdminPortal.BrowserTests.Support;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>
/// Text far longer than a field takes (pasted, say) is refused with the field's message and never reported as saved.
/// Before, a 40,000-character value passed SignalR's 32 KB limit: the circuit dropped the change, and Save then
/// reported success with the old value.
/// </summary>
public sealed class OverLongInputJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    [Fact]
    public async Task SelfCare_FortyThousandCharacterName_IsRefusedNextToTheFieldAndNothingIsSaved()
    {
        var page = await portal.OpenAsync("/ucmuser/destinations/new", 360, 740, user: "jsmith");
        var before = await CountAsync(db => db.RemoteDestinations.CountAsync());

        await page.Locator("input[data-field='Name']").FillAsync(new string('n', 40_000));
        await page.Locator("input[data-field='Name']").PressAsync("Tab");
        await page.TypeIntoAsync("DestinationNumber", "+14085550778");
        await page.ClickTestAsync("save");

        await Expect(page.ErrorOf("Name")).ToContainTextAsync("at most 50 characters");
        await Expect(page.Locator("[data-test='error-summary']")).ToBeVisibleAsync();
        Assert.Equal(before, await CountAsync(db => db.RemoteDestinations.CountAsync()));
    }

    [Fact]
    public async Task Admin_TenThousandEmojiFirstName_IsRefusedNextToTheFieldAndTheStoredNameStays()
    {
        var id = await CountAsync(db => db.EndUsers.Where(u => u.UserId == "jsmith").Select(u => u.Id).SingleAsync());
        var page = await portal.OpenAsync($"/ccmadmin/end-users/{id}");

        await page.Locator("input[data-field='FirstName']").FillAsync(string.Concat(Enumerable.Repeat("😀", 10_000)));
        await page.Locator("input[data-field='FirstName']").PressAsync("Tab");
        await page.ClickTestAsync("save");

        await Expect(page.ErrorOf("FirstName")).ToContainTextAsync("at most 64 characters");
        await Expect(page.Locator("[data-test='status']")).ToContainTextAsync("Not saved");
        Assert.Equal("John", await CountAsync(db => db.EndUsers.Where(u => u.Id == id).Select(u => u.FirstName).SingleAsync()));
    }

    private async Task<T> CountAsync<T>(Func<AdminPortal.Core.Data.PortalDbContext, Task<T>> query)
    {
        await using var db = portal.Database.CreateDbContext();
        return await query(db);
    }
}
