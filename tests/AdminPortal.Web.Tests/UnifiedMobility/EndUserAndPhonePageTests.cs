using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.UnifiedMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.UnifiedMobility;

public sealed class EndUserAndPhonePageTests : PortalComponentTest
{
    private Task<IRenderedComponent<PageHost>> OpenUserAsync(string userId) =>
        OpenEditAsync<EndUserEdit, EndUser>("/ccmadmin/end-users", x => x.Id, u => u.UserId == userId, "UserId", userId);

    [Fact]
    public async Task EndUser_Render_ShowsMobilityFieldsAndLinks()
    {
        var cut = await OpenUserAsync("jsmith");

        Assert.Equal("10000", cut.Find("input[data-field='MaxDeskPickupWaitTime']").GetAttribute("value"));
        Assert.Equal("4", cut.Find("input[data-field='RemoteDestinationLimit']").GetAttribute("value"));
        var links = cut.Find("[data-test='user-links']").TextContent;
        Assert.Contains("JSMITH_RDP", links, StringComparison.Ordinal);
        Assert.Contains("+14085557890", links, StringComparison.Ordinal);
        Assert.Contains("jsmith_blocked", links, StringComparison.Ordinal);
        Assert.Contains("SEP001122334455", links, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndUser_LimitOf11_ShowsR7AndSavesNothing()
    {
        var cut = await OpenUserAsync("mgarcia");

        Type(cut, "RemoteDestinationLimit", "11");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Equal("R7: Remote Destination Limit is 1-10 (SRND L926, AXL).", ErrorNextTo(cut, "RemoteDestinationLimit")));
        await using var db = Database.CreateDbContext();
        Assert.Equal(4, (await db.EndUsers.SingleAsync(u => u.UserId == "mgarcia")).RemoteDestinationLimit);
    }

    [Fact]
    public async Task EndUser_EnableMobility_Persists()
    {
        var cut = await OpenUserAsync("kpatel");

        await Check(cut, "EnableMobility", true);
        Type(cut, "MaxDeskPickupWaitTime", "15000");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        var user = await db.EndUsers.SingleAsync(u => u.UserId == "kpatel");
        Assert.True(user.EnableMobility);
        Assert.Equal(15000, user.MaxDeskPickupWaitTime);
    }

    [Fact]
    public async Task Phone_DualMode_ShowsItsMobilityIdentity()
    {
        var id = await IdOfAsync<Phone>(p => p.Name == "TCTBCHEN");

        var cut = RenderPage<PhoneEdit>($"/ccmadmin/phones/{id}", p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Contains("+14085559012", cut.Find("[data-test='identity-link']").TextContent, StringComparison.Ordinal));
        Assert.Equal("911", cut.Find("input[data-field='EmergencyNumbers']").GetAttribute("value"));
    }

    [Fact]
    public async Task Phone_SwitchedToTablet_ExplainsR9()
    {
        var id = await IdOfAsync<Phone>(p => p.Name == "SEP0050569A0B0C");
        var cut = RenderPage<PhoneEdit>($"/ccmadmin/phones/{id}", p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("SEP0050569A0B0C", cut.Find("input[data-field='Name']").GetAttribute("value")));

        await ChooseValue(cut, "DeviceType", DeviceType.CiscoJabberForTablet);

        cut.WaitForAssertion(() => Assert.Contains("R9", cut.Find("[data-test='mobility-identity']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Phone_AddSecondLine_Persists()
    {
        var phone = await IdOfAsync<Phone>(p => p.Name == "SEP00AABBCCDDEE");
        var dn = (await Store.SaveAsync(new DirectoryNumber { Pattern = "+19195552999" })).Id;
        var cut = RenderPage<PhoneEdit>($"/ccmadmin/phones/{phone}", p => p.Add(x => x.Id, phone));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-test='line']")));

        await ChooseValue(cut, "AddLine", dn);
        Click(cut, "add-line");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        var lines = await db.PhoneLines.Where(l => l.PhoneId == phone).OrderBy(l => l.LineIndex).Select(l => l.DirectoryNumber!.Pattern).ToListAsync();
        Assert.Equal(["+19195552001", "+19195552999"], lines);
    }

    [Fact]
    public async Task RemoteDestinationProfile_Render_ListsAssociatedDestinations()
    {
        var id = await IdOfAsync<RemoteDestinationProfile>(p => p.Name == "MGARCIA_RDP");

        var cut = RenderPage<RemoteDestinationProfileEdit>($"/ccmadmin/remote-destination-profiles/{id}", p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() =>
        {
            var associated = cut.Find("[data-test='associated-destinations']").TextContent;
            Assert.Contains("Maria mobile", associated, StringComparison.Ordinal);
            Assert.Contains("Maria home", associated, StringComparison.Ordinal);
        });
        Assert.Contains("+19195552001", cut.Find("[data-test='lines']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoteDestinationProfile_EmptyName_ShowsMessageAndSavesNothing()
    {
        var id = await IdOfAsync<RemoteDestinationProfile>(p => p.Name == "EWILSON_RDP");
        var cut = RenderPage<RemoteDestinationProfileEdit>($"/ccmadmin/remote-destination-profiles/{id}", p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("EWILSON_RDP", cut.Find("input[data-field='Name']").GetAttribute("value")));

        Type(cut, "Name", "");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Equal("Name is required.", ErrorNextTo(cut, "Name")));
        await using var db = Database.CreateDbContext();
        Assert.True(await db.RemoteDestinationProfiles.AnyAsync(p => p.Name == "EWILSON_RDP"));
    }
}
