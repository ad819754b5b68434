using AdminPortal.Core.Accounts;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin.UnifiedMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Accounts;

public sealed class AccountPageTests : PortalComponentTest
{
    [Fact]
    public async Task EndUserPage_EnableSelfCareSignIn_RefusesAWeakPasswordThenCreatesTheAccount()
    {
        var cut = await OpenEditAsync<EndUserEdit, EndUser>("/ccmadmin/end-users", x => x.Id, u => u.UserId == "kpatel", "UserId", "kpatel");
        cut.WaitForAssertion(() => Assert.Contains("Disabled", cut.Find("[data-test='sign-in-status']").TextContent, StringComparison.Ordinal));

        Type(cut, "SelfCarePassword", "short");
        Click(cut, "set-password");
        cut.WaitForAssertion(() => Assert.Contains("at least 10 characters", ErrorNextTo(cut, "SelfCarePassword"), StringComparison.Ordinal));
        Assert.Null(await AccountAsync("kpatel"));

        Type(cut, "SelfCarePassword", "Kiran-Pass-123");
        Click(cut, "set-password");

        cut.WaitForAssertion(() => Assert.Contains("Enabled", cut.Find("[data-test='sign-in-status']").TextContent, StringComparison.Ordinal));
        var account = await AccountAsync("kpatel");
        Assert.Equal(await IdOfAsync<EndUser>(u => u.UserId == "kpatel"), account!.EndUserId);
        var accounts = Services.GetRequiredService<UserManager<PortalAccount>>();
        Assert.True(await accounts.IsInRoleAsync(account, PortalRoles.EndUser));
        Assert.True(await accounts.CheckPasswordAsync(account, "Kiran-Pass-123"));

        Click(cut, "disable-sign-in");
        cut.WaitForAssertion(() => Assert.Contains("Disabled", cut.Find("[data-test='sign-in-status']").TextContent, StringComparison.Ordinal));
        Assert.Null(await AccountAsync("kpatel"));
    }

    [Fact]
    public async Task ReadOnlyAdministrator_ConfigurationPageIsReadOnlyAndSaveIsOff()
    {
        Authorization.SetRoles(PortalRoles.ReadOnlyAdministrator);

        var cut = await OpenEditAsync<SiteEdit, Site>("/ccmadmin/sites", x => x.Id, s => s.Name == "San Jose", "Name", "San Jose");

        cut.WaitForAssertion(() => Assert.True(cut.Find("[data-test='save']").HasAttribute("disabled")));
        Assert.True(cut.Find("[data-test='delete']").HasAttribute("disabled"));
        Assert.True(cut.Find("input[data-field='Name']").HasAttribute("readonly"));
    }

    private async Task<PortalAccount?> AccountAsync(string userName)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == userName);
    }
}
