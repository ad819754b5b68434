using AdminPortal.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>
/// The administration shell's navigation drawer, plain markup with MudDrawer's classes and no script (decision 024,
/// round 4), behaves as the responsive MudDrawer did: on a wide window it starts open beside the page and the menu
/// button closes and reopens it; on a phone-sized one it starts hidden, the menu button slides it over the page with an
/// overlay, and a tap on the overlay hides it again.
/// </summary>
public sealed class NavigationDrawerJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    [Fact]
    public async Task WideWindow_DrawerStartsOpenBesideThePage_MenuButtonClosesAndReopensIt()
    {
        var page = await ListInAWindowAsync(1400, 900);
        var drawer = page.Locator("aside#portal-drawer");
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" });

        await Expect(drawer).ToBeInViewportAsync();
        var content = await page.Locator(".mud-main-content").BoundingBoxAsync();
        var box = await drawer.BoundingBoxAsync();
        Assert.True(content!.X >= box!.X + box.Width - 1, $"the page starts at {content.X}, beside the drawer ending at {box.X + box.Width}");

        await menu.ClickAsync();
        await Expect(drawer).Not.ToBeInViewportAsync();
        await Expect(page.Locator("[data-test=drawer-overlay]")).ToBeHiddenAsync();

        await menu.ClickAsync();
        await Expect(drawer).ToBeInViewportAsync();
        await Expect(drawer.GetByRole(AriaRole.Button, new() { Name = "Toggle Device", Exact = true })).ToBeVisibleAsync();

        // Beside the page, the drawer stays open when a link in it is followed.
        await drawer.Locator("a.mud-nav-link[href='/ccmadmin/design-review']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ccmadmin/design-review$"));
        await Expect(drawer).ToBeInViewportAsync();
    }

    /// <summary>An administrator's remote destination list, interactive, in a window of the given size.</summary>
    private async Task<IPage> ListInAWindowAsync(int width, int height)
    {
        var page = await portal.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await portal.SignInAsync(page, "admin");
        await portal.GoAsync(page, "/ccmadmin/remote-destinations");
        return page;
    }

    [Fact]
    public async Task PhoneSizedWindow_DrawerStartsHidden_MenuButtonShowsItOverThePage_OverlayHidesIt()
    {
        var page = await ListInAWindowAsync(400, 800);
        var drawer = page.Locator("aside#portal-drawer");
        var overlay = page.Locator("[data-test=drawer-overlay]");
        await Expect(page.GetByText("Find and List Remote Destinations")).ToBeVisibleAsync();

        await Expect(drawer).Not.ToBeInViewportAsync();
        var content = await page.Locator(".mud-main-content").BoundingBoxAsync();
        Assert.True(content!.X < 1, $"the page uses the whole width (starts at {content.X})");

        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" }).ClickAsync();
        await Expect(drawer).ToBeInViewportAsync();
        await Expect(overlay).ToBeVisibleAsync();

        await overlay.ClickAsync(new() { Position = new() { X = 380, Y = 400 } });
        await Expect(drawer).Not.ToBeInViewportAsync();
        await Expect(overlay).ToHaveCountAsync(0);

        // A group opened in the drawer keeps it shown; a link followed from it hides it, as MudDrawer did.
        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" }).ClickAsync();
        await Expect(drawer).ToBeInViewportAsync();
        await drawer.GetByRole(AriaRole.Button, new() { Name = "Toggle Bulk Administration" }).ClickAsync();
        var link = drawer.Locator("a.mud-nav-link[href='/ccmadmin/bulk/export']");
        await Expect(link).ToBeVisibleAsync();
        await Expect(drawer).ToBeInViewportAsync();
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ccmadmin/bulk/export$"));
        await Expect(drawer).Not.ToBeInViewportAsync();
        await Expect(overlay).ToHaveCountAsync(0);
    }
}
