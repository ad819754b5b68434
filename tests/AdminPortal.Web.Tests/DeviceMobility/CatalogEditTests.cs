using AdminPortal.Core.Catalogs;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin;
using AdminPortal.Web.Components.Pages.Admin.Catalogs;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.DeviceMobility;

/// <summary>Physical Location, Device Mobility Group and the catalogs share one typed editor.</summary>
public sealed class CatalogEditTests : PortalComponentTest
{
    private IRenderedComponent<PageHost> Open(string slug, int? id, string url) =>
        RenderPage<CatalogEdit>(url, p => p.Add(x => x.Slug, slug).Add(x => x.Id, id));

    [Fact]
    public async Task PhysicalLocation_Delete_InUse_ShowsSiteAndPoolAsDependencies()
    {
        var id = await IdOfAsync<PhysicalLocation>(p => p.Name == "SJ_phyloc");
        var cut = Open("physical-locations", id, $"/ccmadmin/physical-locations/{id}");
        cut.WaitForAssertion(() => Assert.Equal("SJ_phyloc", cut.Find("input[data-field='Name']").GetAttribute("value")));

        Click(cut, "delete");
        Confirm(cut);

        cut.WaitForAssertion(() =>
        {
            var records = cut.Find("[data-test='dependency-records']").TextContent;
            Assert.Contains("Site San Jose", records, StringComparison.Ordinal);
            Assert.Contains("Device Pool SJ_DP", records, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task DeviceMobilityGroup_AddNew_WithTooLongName_IsRefusedThenSavedWhenFixed()
    {
        var cut = Open("device-mobility-groups", null, "/ccmadmin/device-mobility-groups/new");

        Type(cut, "Name", new string('A', 51));
        cut.WaitForAssertion(() => Assert.Equal("Name can be at most 50 characters.", ErrorNextTo(cut, "Name")));
        Click(cut, "save");
        await using (var db = Database.CreateDbContext())
        {
            Assert.Equal(2, await db.DeviceMobilityGroups.CountAsync());
        }

        Type(cut, "Name", "APAC_dmg");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("?status=added", CurrentUrl, StringComparison.Ordinal));
        await using var after = Database.CreateDbContext();
        Assert.True(await after.DeviceMobilityGroups.AnyAsync(g => g.Name == "APAC_dmg"));
    }

    [Fact]
    public async Task Region_Edit_SavesTheDescription()
    {
        var id = await IdOfAsync<Region>(r => r.Name == "VPN_Region");
        var cut = Open("regions", id, $"/ccmadmin/regions/{id}");
        cut.WaitForAssertion(() => Assert.Equal("VPN_Region", cut.Find("input[data-field='Name']").GetAttribute("value")));

        Type(cut, "Description", "Codec for VPN phones");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        Assert.Equal("Codec for VPN phones", (await Store.LoadAsync<Region>(id))!.Description);
    }

    [Fact]
    public void UnknownId_ShowsNotFound()
    {
        var cut = Open("regions", 9999, "/ccmadmin/regions/9999");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-test='not-found']")));
    }

    [Fact]
    public void Overview_Render_ShowsTheSeededCounts()
    {
        var cut = RenderPage<Overview>("/ccmadmin");

        cut.WaitForAssertion(() => Assert.Contains("3", cut.Find("[data-test='count-Sites']").TextContent, StringComparison.Ordinal));
        Assert.StartsWith("6", cut.Find("[data-test='count-Device Mobility Infos']").TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("1", cut.Find("[data-test='count-Mobility Identities']").TextContent.Trim(), StringComparison.Ordinal);
    }
}
