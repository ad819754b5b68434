using AdminPortal.Core.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin.Catalogs;
using AdminPortal.Web.Components.Pages.Admin.DeviceMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.DeviceMobility;

/// <summary>The Find and List pages of the Device Mobility objects (shared component, each page's own columns).</summary>
public sealed class FindAndListTests : PortalComponentTest
{
    private static IReadOnlyList<string> Names(IRenderedComponent<PageHost> cut) =>
        [.. cut.FindAll("tbody tr.mud-table-row").Select(row => row.QuerySelector("td[data-label] a")?.TextContent.Trim() ?? "")];

    [Fact]
    public void Sites_Render_ListsTheDemoSitesSortedByName()
    {
        var cut = RenderPage<SiteList>("/ccmadmin/sites");

        cut.WaitForAssertion(() => Assert.Equal(["London", "RTP", "San Jose"], Names(cut)));
        Assert.Contains("SJ_phyloc", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void DevicePools_SearchContains_FiltersOnTheServer()
    {
        var cut = RenderPage<DevicePoolList>("/ccmadmin/device-pools");
        cut.WaitForAssertion(() => Assert.Equal(3, Names(cut).Count));

        cut.Find("select[data-test='search-condition']").Change(nameof(AdminPortal.Core.Data.MatchCondition.Contains));
        cut.Find("input[data-test='search-text']").Input("j_");
        Click(cut, "find");

        cut.WaitForAssertion(() => Assert.Equal(["SJ_DP"], Names(cut)));
    }

    [Fact]
    public void DeviceMobilityInfo_Render_ShowsSubnetsAndPools()
    {
        var cut = RenderPage<DeviceMobilityInfoList>("/ccmadmin/device-mobility-info");

        cut.WaitForAssertion(() => Assert.Contains("VPN_concentrator_dmi", Names(cut)));
        Assert.Contains("172.16.100.0", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("2001:db8:30::", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhysicalLocations_MoreThanAPage_PagesOnTheServer()
    {
        for (var i = 0; i < 30; i++)
        {
            Assert.True((await Store.SaveAsync(new PhysicalLocation { Name = $"Branch{i:00}_phyloc" })).Succeeded);
        }

        var cut = RenderPage<CatalogList>("/ccmadmin/physical-locations", p => p.Add(x => x.Slug, "physical-locations"));

        cut.WaitForAssertion(() => Assert.Equal(25, Names(cut).Count));
        Assert.Contains("1-25 of 33", cut.Markup, StringComparison.Ordinal);
        cut.Find("button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Equal(8, Names(cut).Count));
        Assert.Equal(["Branch25_phyloc", "Branch26_phyloc", "Branch27_phyloc", "Branch28_phyloc", "Branch29_phyloc", "LON_phyloc", "RTP_phyloc", "SJ_phyloc"], Names(cut));
    }

    [Fact]
    public async Task Rows_ValuesWithMarkupCharacters_ShowAsTextNotMarkup()
    {
        const string last = "<b>O'Brien</b> & \"Co\"";
        Assert.True((await Store.SaveAsync(new AdminPortal.Core.UnifiedMobility.EndUser { UserId = "obrien", LastName = last, FirstName = "<i>Pat</i>" })).Succeeded);
        var id = await IdOfAsync<AdminPortal.Core.UnifiedMobility.EndUser>(u => u.UserId == "obrien");

        var cut = RenderPage<AdminPortal.Web.Components.Pages.Admin.UnifiedMobility.EndUserList>("/ccmadmin/end-users");

        // A row's cells are one piece of markup (decision 024): values are encoded, never markup.
        cut.WaitForAssertion(() => Assert.Contains("obrien", Names(cut)));
        var row = cut.FindAll("tbody tr.mud-table-row").Single(r => r.TextContent.Contains("obrien", StringComparison.Ordinal));
        Assert.Equal(last, row.QuerySelector("td[data-label='Last Name']")!.TextContent);
        Assert.Equal("<i>Pat</i>", row.QuerySelector("td[data-label='First Name']")!.TextContent);
        Assert.Null(row.QuerySelector("b, i"));
        Assert.Equal($"/ccmadmin/end-users/{id}", row.QuerySelector("td[data-label='User ID'] a")!.GetAttribute("href"));
        Assert.Equal("Copy obrien", row.QuerySelector("a[data-test='copy']")!.GetAttribute("aria-label"));
        Assert.Equal("Select obrien", row.QuerySelector("input[type='checkbox']")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task DeviceMobilityGroups_DeleteSelectedInUse_ShowsDependencyRecordsAndDeletesNothing()
    {
        var cut = RenderPage<CatalogList>("/ccmadmin/device-mobility-groups", p => p.Add(x => x.Slug, "device-mobility-groups"));
        cut.WaitForAssertion(() => Assert.Equal(["EUR_dmg", "US_dmg"], Names(cut)));

        cut.FindAll("tbody tr.mud-table-row input[type='checkbox']")[1].Change(true);
        Click(cut, "delete-selected");
        Confirm(cut);

        cut.WaitForAssertion(() => Assert.Contains("Device Pool SJ_DP", cut.Find("[data-test='dependency-records']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.Equal(2, await db.DeviceMobilityGroups.CountAsync());
    }

    [Fact]
    public async Task Regions_DeleteSelectedUnused_DeletesThem()
    {
        await Store.SaveAsync(new Core.Catalogs.Region { Name = "Zz_unused_1" });
        await Store.SaveAsync(new Core.Catalogs.Region { Name = "Zz_unused_2" });
        var cut = RenderPage<CatalogList>("/ccmadmin/regions", p => p.Add(x => x.Slug, "regions"));
        cut.WaitForAssertion(() => Assert.Contains("Zz_unused_2", Names(cut)));

        cut.Find("input[data-test='search-text']").Input("zz_");
        Click(cut, "find");
        cut.WaitForAssertion(() => Assert.Equal(2, Names(cut).Count));
        cut.Find("thead input[type='checkbox']").Change(true);
        Click(cut, "delete-selected");
        Confirm(cut);

        cut.WaitForAssertion(() => Assert.Contains("2 deleted.", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Regions.AnyAsync(r => r.Name.StartsWith("Zz_")));
    }

    [Fact]
    public void Sites_ClickSortableHeaders_SortsOnTheServerBothWays()
    {
        var cut = RenderPage<SiteList>("/ccmadmin/sites");
        cut.WaitForAssertion(() => Assert.Equal(["London", "RTP", "San Jose"], Names(cut)));
        Assert.Equal("ascending", cut.Find("th[aria-sort]").GetAttribute("aria-sort"));

        cut.FindAll("th .mud-table-sort-label").Single(l => l.TextContent.Trim() == "Name").Click();
        cut.WaitForAssertion(() => Assert.Equal(["San Jose", "RTP", "London"], Names(cut)));
        Assert.Equal("descending", cut.Find("th[aria-sort]").GetAttribute("aria-sort"));

        // Unsortable columns (PSTN Access Code) have no sort control.
        Assert.Equal(3, cut.FindAll("th .mud-table-sort-label").Count);
    }

    [Fact]
    public async Task PhysicalLocations_RowsPerPageAndLastPage_ReadOnlyThatPage()
    {
        for (var i = 0; i < 30; i++)
        {
            Assert.True((await Store.SaveAsync(new PhysicalLocation { Name = $"Branch{i:00}_phyloc" })).Succeeded);
        }

        var cut = RenderPage<CatalogList>("/ccmadmin/physical-locations", p => p.Add(x => x.Slug, "physical-locations"));
        cut.WaitForAssertion(() => Assert.Equal(25, Names(cut).Count));
        Assert.True(cut.Find("button[aria-label='Previous page']").HasAttribute("disabled"));

        cut.Find("select.rows-per-page").Change("10");
        cut.WaitForAssertion(() => Assert.Equal(10, Names(cut).Count));
        Assert.Contains("1-10 of 33", cut.Markup, StringComparison.Ordinal);

        cut.Find("button[aria-label='Last page']").Click();
        cut.WaitForAssertion(() => Assert.Equal(["LON_phyloc", "RTP_phyloc", "SJ_phyloc"], Names(cut)));
        Assert.Contains("31-33 of 33", cut.Markup, StringComparison.Ordinal);
        Assert.True(cut.Find("button[aria-label='Next page']").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll(".mud-table-loading-progress"));
    }

    [Fact]
    public void Regions_NoMatch_SaysSoAndCopyLinksOpenTheCopyPage()
    {
        var cut = RenderPage<CatalogList>("/ccmadmin/regions", p => p.Add(x => x.Slug, "regions"));
        cut.WaitForAssertion(() => Assert.NotEmpty(Names(cut)));
        var copy = cut.FindAll("a[data-test='copy']")[0];
        Assert.StartsWith($"Copy {Names(cut)[0]}", copy.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("/ccmadmin/regions/new?copyOf=", copy.GetAttribute("href"), StringComparison.Ordinal);

        cut.Find("input[data-test='search-text']").Input("no such region");
        cut.Find("input[data-test='search-text']").KeyUp(key: "Enter");

        cut.WaitForAssertion(() => Assert.Equal("No regions match the search.", cut.Find("[data-test='no-records']").TextContent.Trim()));
        Assert.Empty(Names(cut));
    }
}
