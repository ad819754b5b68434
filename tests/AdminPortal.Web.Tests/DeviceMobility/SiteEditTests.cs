using AdminPortal.Core.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin.DeviceMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.DeviceMobility;

public sealed class SiteEditTests : PortalComponentTest
{
    private Task<IRenderedComponent<PageHost>> OpenAsync(string name) =>
        OpenEditAsync<SiteEdit, Site>("/ccmadmin/sites", x => x.Id, s => s.Name == name, "Name", name);

    [Fact]
    public async Task Render_ExistingSite_ShowsItsValues()
    {
        var cut = await OpenAsync("San Jose");

        Assert.Equal("9", cut.Find("input[data-field='PstnAccessCode']").GetAttribute("value"));
        Assert.Equal("SJ_phyloc", cut.Find("input[data-field='PhysicalLocationId']").GetAttribute("value"));
    }

    [Fact]
    public async Task Type_BadAccessCode_ShowsMessageNextToTheFieldAndSaveChangesNothing()
    {
        var cut = await OpenAsync("RTP");

        Type(cut, "PstnAccessCode", "9x");
        cut.WaitForAssertion(() => Assert.Contains("0-9, * and #", ErrorNextTo(cut, "PstnAccessCode")));
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-test='error-summary']")));
        await using var db = Database.CreateDbContext();
        Assert.Equal("9", (await db.Sites.SingleAsync(s => s.Name == "RTP")).PstnAccessCode);
    }

    [Fact]
    public async Task Save_ValidEdit_PersistsAndReportsUpdate()
    {
        var cut = await OpenAsync("London");

        Type(cut, "Description", "European hub, Canary Wharf");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent));
        await using var db = Database.CreateDbContext();
        Assert.Equal("European hub, Canary Wharf", (await db.Sites.SingleAsync(s => s.Name == "London")).Description);
    }

    [Fact]
    public async Task Save_NewSite_IsAddedAndOpensItsPage()
    {
        var phyloc = await IdOfAsync<PhysicalLocation>(p => p.Name == "LON_phyloc");
        var cut = RenderPage<SiteEdit>("/ccmadmin/sites/new");

        Type(cut, "Name", "Dublin");
        await Choose(cut, "PhysicalLocationId", phyloc);
        Click(cut, "save");

        var id = await IdOfAsync<Site>(s => s.Name == "Dublin");
        cut.WaitForAssertion(() => Assert.EndsWith($"/ccmadmin/sites/{id}?status=added", CurrentUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParentRerender_AfterTyping_KeepsTheUnsavedEdit()
    {
        var cut = await OpenAsync("RTP");
        Type(cut, "Description", "typed, not saved");

        var page = cut.FindComponent<SiteEdit>();
        page.Render(p => p.Add(x => x.Id, page.Instance.Id));

        cut.WaitForAssertion(() => Assert.Equal("typed, not saved", cut.Find("input[data-field='Description']").GetAttribute("value")));
    }

    [Fact]
    public async Task Delete_SiteUsedByADevicePool_ShowsDependencyRecordsAndKeepsIt()
    {
        var cut = await OpenAsync("San Jose");

        Click(cut, "delete");
        Confirm(cut);

        cut.WaitForAssertion(() => Assert.Contains("SJ_DP", cut.Find("[data-test='dependency-records']").TextContent));
        await using var db = Database.CreateDbContext();
        Assert.True(await db.Sites.AnyAsync(s => s.Name == "San Jose"));
    }

    [Fact]
    public async Task Delete_UnusedSite_DeletesItAndReturnsToTheList()
    {
        var id = (await Store.SaveAsync(new Site { Name = "Temporary" })).Id;
        var cut = RenderPage<SiteEdit>($"/ccmadmin/sites/{id}", p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("Temporary", cut.Find("input[data-field='Name']").GetAttribute("value")));

        Click(cut, "delete");
        Confirm(cut);

        cut.WaitForAssertion(() => Assert.EndsWith("/ccmadmin/sites", CurrentUrl, StringComparison.Ordinal));
        Assert.Null(await Store.LoadAsync<Site>(id));
    }

    [Fact]
    public async Task Open_CopyOfSite_PrefillsEverythingUnderANewName()
    {
        var id = await IdOfAsync<Site>(s => s.Name == "RTP");

        var cut = RenderPage<SiteEdit>($"/ccmadmin/sites/new?copyOf={id}");

        cut.WaitForAssertion(() => Assert.Equal("Copy of RTP", cut.Find("input[data-field='Name']").GetAttribute("value")));
        Assert.Equal("RTP_phyloc", cut.Find("input[data-field='PhysicalLocationId']").GetAttribute("value"));
    }
}
