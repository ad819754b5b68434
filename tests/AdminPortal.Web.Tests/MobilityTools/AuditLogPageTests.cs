using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.SelfCare;
using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Components.Pages.Admin.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin.MobilityTools;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.MobilityTools;

/// <summary>
/// The audit log through the pages: a configuration page's save and delete, a Self Care change and an account change
/// each leave one entry with the signed-in account and their channel; the Audit Log page lists, filters and links
/// them, and a configuration page links to its object's history.
/// </summary>
public sealed class AuditLogPageTests : PortalComponentTest
{
    [Fact]
    public async Task PageSave_LeavesOneEntry_ShownWithItsOldAndNewValue_AndTheSitesHistoryLinksToIt()
    {
        var siteId = await IdOfAsync<Site>(s => s.Name == "RTP");
        var site = RenderPage<SiteEdit>($"/ccmadmin/sites/{siteId}", p => p.Add(x => x.Id, siteId));
        site.WaitForAssertion(() => Assert.NotNull(site.Find("input[data-field='Description']")));
        Type(site, "Description", "US East campus building 2");
        Click(site, "save");
        site.WaitForAssertion(() => Assert.Contains("Update successful", site.Find("[data-test='status']").TextContent, StringComparison.Ordinal));

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(("admin", "Page", AuditAction.Update, "Site", siteId), (entry.Account, entry.Channel, entry.Action, entry.ObjectType, entry.ObjectId));
        var change = Assert.Single(AuditTrail.ChangesOf(entry));
        Assert.Equal(new AuditChange("description", "US East campus", "US East campus building 2"), change);

        var history = site.Find("[data-test='history']").GetAttribute("href");
        Assert.Equal($"/ccmadmin/audit-log?objectType=Site&objectId={siteId}", history);

        await DisposeComponentsAsync();
        var log = RenderPage<AuditLogPage>(history!);
        log.WaitForAssertion(() => Assert.Single(log.FindAll("[data-test='row-change']")));
        Assert.Equal("description: US East campus → US East campus building 2", log.Find("[data-test='row-change']").TextContent.Trim());
        Assert.Equal("admin", log.Find("[data-test='row-account']").TextContent.Trim());
        Assert.Equal($"/ccmadmin/sites/{siteId}", log.Find("[data-test='row-object']").GetAttribute("href"));
        Assert.Contains("History of Site", log.Find("[data-test='object-filter']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfCareChange_AndAccountChange_AreLoggedWithTheirChannels_AndThePageFiltersByChannel()
    {
        // Jane Smith (end user) renames her destination in Self Care.
        Authorization.SetAuthorized("jsmith");
        Authorization.SetRoles(PortalRoles.EndUser);
        var owner = await IdOfAsync<EndUser>(u => u.UserId == "jsmith");
        var destination = await IdOfAsync<RemoteDestination>(r => r.OwnerId == owner);
        var selfCare = Services.GetRequiredService<SelfCareService>();
        var edited = (await selfCare.DestinationAsync(owner, destination))!;
        edited.Name = "Jane cell";
        Assert.True((await selfCare.ChangeDestinationAsync(owner, destination, edited)).Succeeded);

        // The administrator enables Maria Garcia's Self Care sign-in.
        Authorization.SetAuthorized("admin");
        Authorization.SetRoles(PortalRoles.Administrator);
        var maria = await IdOfAsync<EndUser>(u => u.UserId == "mgarcia");
        Assert.Empty(await Services.GetRequiredService<SelfCareSignIns>().SetPasswordAsync(maria, "mgarcia", "Secret-Pass-123"));

        var entries = await EntriesAsync();
        Assert.Equal(2, entries.Count);
        var renamed = entries.Single(e => e.Channel == "SelfCare");
        Assert.Equal(("jsmith", "Remote Destination", "Jane cell"), (renamed.Account, renamed.ObjectType, renamed.ObjectName));
        var account = entries.Single(e => e.Channel == "Account");
        Assert.Equal(("admin", AuditAction.Create, AccountObjects.PortalAccount, "mgarcia"), (account.Account, account.Action, account.ObjectType, account.ObjectName));
        Assert.DoesNotContain("Secret-Pass-123", account.Changes, StringComparison.Ordinal);
        Assert.Contains(new AuditChange("password", null, AuditTrail.Masked), AuditTrail.ChangesOf(account));

        var log = RenderPage<AuditLogPage>("/ccmadmin/audit-log");
        log.WaitForAssertion(() => Assert.Equal(2, log.FindAll("[data-test='row-channel']").Count));
        await ChooseValue(log, "channel", "SelfCare");
        Click(log, "apply");
        log.WaitForAssertion(() => Assert.Equal(["SelfCare"], log.FindAll("[data-test='row-channel']").Select(c => c.TextContent.Trim())));
        Assert.Equal("/ccmadmin/audit-log.csv?channel=SelfCare", log.Find("[data-test='export-csv']").GetAttribute("href"));

        await ChooseValue(log, "channel", "");
        await ChooseValue(log, "action", "Delete");
        Click(log, "apply");
        log.WaitForAssertion(() => Assert.NotNull(log.Find("[data-test='no-records']")));
    }

    [Fact]
    public async Task DateThatDoesNotParse_IsRefusedNextToItsField_AndTheListStays()
    {
        await Store.SaveAsync(new Site { Name = "Austin" });
        var log = RenderPage<AuditLogPage>("/ccmadmin/audit-log");
        log.WaitForAssertion(() => Assert.Single(log.FindAll("[data-test='row-channel']")));

        Type(log, "from", "2026-13-45");
        Click(log, "apply");

        log.WaitForAssertion(() => Assert.Contains("must be an ISO 8601 date", ErrorNextTo(log, "from"), StringComparison.Ordinal));
        Assert.Single(log.FindAll("[data-test='row-channel']"));
    }

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }
}
