using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin.UnifiedMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.MobilityTools;

/// <summary>Hard rules refuse a save with the rule id, the reason and the guide line next to the field; recommendations show after it.</summary>
public sealed class DesignRulePageTests : PortalComponentTest
{
    [Fact]
    public async Task DevicePool_PhysicalLocationOfAnotherSite_ShowsR1NextToTheFieldAndSavesNothing()
    {
        var cut = await OpenEditAsync<DevicePoolEdit, DevicePool>("/ccmadmin/device-pools", x => x.Id, p => p.Name == "SJ_DP", "Name", "SJ_DP");
        var rtp = await IdOfAsync<PhysicalLocation>(l => l.Name == "RTP_phyloc");

        await Choose(cut, "PhysicalLocationId", rtp);
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.StartsWith("R1: Site San Jose is in physical location SJ_phyloc", ErrorNextTo(cut, "PhysicalLocationId"), StringComparison.Ordinal));
        Assert.EndsWith("(SRND L484, L415).", ErrorNextTo(cut, "PhysicalLocationId"), StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-test='error-summary'] li[data-rule='R1']"));
        await using var db = Database.CreateDbContext();
        Assert.Equal("SJ_phyloc", (await db.DevicePools.Include(p => p.PhysicalLocation).SingleAsync(p => p.Name == "SJ_DP")).PhysicalLocation!.Name);
    }

    [Fact]
    public async Task RemoteDestination_InternalDirectoryNumber_ShowsR6NextToTheNumberAndSavesNothing()
    {
        var cut = await OpenEditAsync<RemoteDestinationEdit, RemoteDestination>(
            "/ccmadmin/remote-destinations", x => x.Id, r => r.DestinationNumber == "+447700900123", "DestinationNumber", "+447700900123");

        Type(cut, "DestinationNumber", "+14085554321");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.StartsWith("R6: +14085554321 is a directory number of this cluster", ErrorNextTo(cut, "DestinationNumber"), StringComparison.Ordinal));
        Assert.Contains("(SRND L1395).", ErrorNextTo(cut, "DestinationNumber"), StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.True(await db.RemoteDestinations.AnyAsync(r => r.DestinationNumber == "+447700900123"));
        Assert.False(await db.RemoteDestinations.AnyAsync(r => r.DestinationNumber == "+14085554321"));
    }

    [Fact]
    public async Task RemoteDestination_NumberNotInE164_SavesAndShowsW5WithItsSource()
    {
        var cut = await OpenEditAsync<RemoteDestinationEdit, RemoteDestination>(
            "/ccmadmin/remote-destinations", x => x.Id, r => r.DestinationNumber == "+447700900123", "DestinationNumber", "+447700900123");

        Type(cut, "DestinationNumber", "07700900123");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        var finding = cut.Find("[data-test='save-findings'] [data-rule='W5']");
        Assert.Contains("is not in +E.164", finding.QuerySelector("[data-test='finding-message']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("SRND L1251", finding.QuerySelector("[data-test='finding-source']")!.TextContent);
        await using var db = Database.CreateDbContext();
        Assert.True(await db.RemoteDestinations.AnyAsync(r => r.DestinationNumber == "07700900123"));
    }

    [Fact]
    public async Task RemoteDestination_ThirdForALimitOfTwo_ShowsR3NextToTheOwner()
    {
        await using (var db = Database.CreateDbContext())
        {
            var maria = await db.EndUsers.SingleAsync(u => u.UserId == "mgarcia");
            maria.RemoteDestinationLimit = 2;
            await db.SaveChangesAsync();
        }

        var maria2 = await IdOfAsync<EndUser>(u => u.UserId == "mgarcia");
        var profile = await IdOfAsync<RemoteDestinationProfile>(p => p.Name == "MGARCIA_RDP");
        var cut = RenderPage<RemoteDestinationEdit>("/ccmadmin/remote-destinations/new");
        Type(cut, "Name", "Maria cabin");
        Type(cut, "DestinationNumber", "+19195554444");
        await Choose(cut, "OwnerId", maria2);
        await Choose(cut, "RemoteDestinationProfileId", profile);
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.StartsWith("R3: mgarcia already has 2 remote destinations", ErrorNextTo(cut, "OwnerId"), StringComparison.Ordinal));
        await using var check = Database.CreateDbContext();
        Assert.False(await check.RemoteDestinations.AnyAsync(r => r.DestinationNumber == "+19195554444"));
    }
}
