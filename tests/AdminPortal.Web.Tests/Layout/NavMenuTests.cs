using AdminPortal.Web.Components.Layout;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Layout;

/// <summary>The navigation menu: plain links with MudBlazor's classes, the current page highlighted, groups that open and close.</summary>
public sealed class NavMenuTests : PortalComponentTest
{
    private static AngleSharp.Dom.IElement Link(IRenderedComponent<NavMenu> cut, string text) =>
        cut.FindAll("a.mud-nav-link").Single(a => a.TextContent.Trim() == text);

    [Fact]
    public void Render_OnAListBelowItsLink_HighlightsThatLinkOnly()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/ccmadmin/device-pools/3");
        var cut = Render<NavMenu>();

        var active = cut.FindAll("a.mud-nav-link.active");
        Assert.Equal(["Device Pool"], active.Select(a => a.TextContent.Trim()));
        Assert.Equal("page", active[0].GetAttribute("aria-current"));
        Assert.Equal(PortalUrls.DevicePools, Link(cut, "Device Pool").GetAttribute("href"));
        Assert.False(Link(cut, "Overview").ClassList.Contains("active"));
    }

    [Fact]
    public void Navigate_ToAnotherPage_MovesTheHighlight()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(PortalUrls.Admin);
        var cut = Render<NavMenu>();
        Assert.True(Link(cut, "Overview").ClassList.Contains("active"));

        navigation.NavigateTo(PortalUrls.DesignReview);

        cut.WaitForAssertion(() => Assert.True(Link(cut, "Design Review").ClassList.Contains("active")));
        Assert.False(Link(cut, "Overview").ClassList.Contains("active"));
    }

    [Fact]
    public void ToggleGroup_ClosedGroup_OpensWithItsLinksAndClosesAgain()
    {
        var cut = Render<NavMenu>();
        var toggle = cut.Find("button[aria-label='Toggle Device']");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.DoesNotContain(cut.FindAll("a.mud-nav-link"), a => a.TextContent.Trim() == "Remote Destination");

        toggle.Click();

        Assert.Equal("true", cut.Find("button[aria-label='Toggle Device']").GetAttribute("aria-expanded"));
        Assert.Equal(PortalUrls.RemoteDestinations, Link(cut, "Remote Destination").GetAttribute("href"));
        Assert.NotNull(cut.Find($"nav#{cut.Find("button[aria-label='Toggle Device']").GetAttribute("aria-controls")}"));

        cut.Find("button[aria-label='Toggle Device']").Click();

        Assert.DoesNotContain(cut.FindAll("a.mud-nav-link"), a => a.TextContent.Trim() == "Remote Destination");
    }

    [Fact]
    public void Render_OpenGroups_ListEveryCatalogOfTheirMenu()
    {
        var cut = Render<NavMenu>();

        Assert.Equal("true", cut.Find("button[aria-label='Toggle System']").GetAttribute("aria-expanded"));
        Assert.Equal("true", cut.Find("button[aria-label='Toggle Mobility Tools']").GetAttribute("aria-expanded"));
        foreach (var kind in AdminPortal.Web.Components.Pages.Admin.Catalogs.CatalogKind.InMenu("System"))
        {
            Assert.Equal(kind.ListUrl, Link(cut, kind.Singular).GetAttribute("href"));
        }
    }
}
