using System.Net;
using System.Security.Claims;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Http;

/// <summary>Sign-in, roles and the server's refusal of read-only changes, on the real app over HTTP.</summary>
public sealed class SignInTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/ccmadmin")]
    [InlineData("/ccmadmin/sites/1")]
    [InlineData("/ccmadmin/design-review.csv")]
    [InlineData("/account/password")]
    [InlineData("/ucmuser")]
    [InlineData("/ucmuser/destinations/1")]
    public async Task Anonymous_ProtectedAddress_IsSentToSignInAndBack(string url)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains(PortalAccounts.SignInPath, location, StringComparison.Ordinal);
        Assert.Contains($"ReturnUrl={Uri.EscapeDataString(url)}", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithReturnUrl_GoesBackThereAndOnlyToLocalAddresses()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var (user, password) = PortalSignIn.Admin;

        var back = await PortalSignIn.PostAsync(client, user, password, "/ccmadmin/sites/1");
        using var other = factory.CreateClient(new() { AllowAutoRedirect = false });
        var away = await PortalSignIn.PostAsync(other, user, password, "https://example.com/phish");

        Assert.Equal("/ccmadmin/sites/1", back.Headers.Location!.PathAndQuery());
        Assert.Equal("/ccmadmin", away.Headers.Location!.PathAndQuery());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ccmadmin/sites/1")).StatusCode);
    }

    [Fact]
    public async Task EndUser_AdministrationPages_AreForbidden()
    {
        using var client = await factory.SignedInClientAsync(PortalSignIn.EndUser);

        var page = await client.GetAsync("/ccmadmin/sites/1");
        var csv = await client.GetAsync("/ccmadmin/design-review.csv");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/denied", page.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
        Assert.StartsWith("/account/denied", csv.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndUser_SelfCare_OpensAndAdministratorIsSentAway()
    {
        using var endUser = await factory.SignedInClientAsync(PortalSignIn.EndUser);
        using var admin = await factory.SignedInClientAsync();

        var own = await endUser.GetAsync("/ucmuser");
        var notForAdmins = await admin.GetAsync("/ucmuser");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("John mobile", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, notForAdmins.StatusCode);
        Assert.StartsWith("/account/denied", notForAdmins.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyAdministrator_SeesThePages()
    {
        using var client = await factory.SignedInClientAsync(PortalSignIn.Auditor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ccmadmin/sites/1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ccmadmin/design-review.csv")).StatusCode);
    }

    [Fact]
    public async Task ReadOnlyAdministrator_EveryChangeIsRefusedByTheServer()
    {
        await using var scope = SignedInScope(PortalRoles.ReadOnlyAdministrator);
        var store = scope.ServiceProvider.GetRequiredService<ConfigurationStore>();
        var signIns = scope.ServiceProvider.GetRequiredService<SelfCareSignIns>();
        int locations;
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            locations = await db.PhysicalLocations.CountAsync();
        }

        var save = await store.SaveAsync(new PhysicalLocation { Name = "Audit_phyloc" });
        var delete = await store.DeleteAsync<PhysicalLocation>([1]);
        var password = await signIns.SetPasswordAsync(1, "jsmith", "Another-Pass-1");

        Assert.Equal(ConfigurationStore.ReadOnlyMessage, Assert.Single(save.Errors).Message);
        Assert.Equal(ConfigurationStore.ReadOnlyMessage, delete.Refusal);
        Assert.Equal(ConfigurationStore.ReadOnlyMessage, Assert.Single(password));
        await using var check = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(locations, await check.PhysicalLocations.CountAsync());
    }

    [Fact]
    public async Task Administrator_ChangesThroughTheSameStoreAreSaved()
    {
        await using var scope = SignedInScope(PortalRoles.Administrator);

        var save = await scope.ServiceProvider.GetRequiredService<ConfigurationStore>().SaveAsync(new PhysicalLocation { Name = "Admin_phyloc" });

        Assert.True(save.Succeeded);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccountEvenForTheRightOne()
    {
        await using (var scope = SignedInScope(PortalRoles.Administrator))
        {
            await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().CreateAsync("lockme", "Right-Password-1", PortalRoles.Administrator);
        }

        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < PortalAccounts.MaxFailedSignIns; i++)
        {
            var wrong = await PortalSignIn.PostAsync(client, "lockme", "Wrong-Password-1");
            Assert.Contains(System.Net.WebUtility.HtmlEncode(SignInAttempts.RefusedMessage), await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var right = await PortalSignIn.PostAsync(client, "lockme", "Right-Password-1");

        // The same answer as a wrong password: a locked account is not told apart (nor is an unknown one).
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(SignInAttempts.RefusedMessage), await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var check = SignedInScope(PortalRoles.Administrator);
        var account = await check.ServiceProvider.GetRequiredService<UserManager<PortalAccount>>().FindByNameAsync("lockme");
        Assert.True(account!.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task EndUser_SignInDisabled_CannotSignIn_EnabledCan()
    {
        int kpatel;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            kpatel = await db.EndUsers.Where(u => u.UserId == "kpatel").Select(u => u.Id).SingleAsync();
        }

        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var before = await PortalSignIn.PostAsync(client, "kpatel", "Kiran-Pass-123");
        await using (var scope = SignedInScope(PortalRoles.Administrator))
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SelfCareSignIns>().SetPasswordAsync(kpatel, "kpatel", "Kiran-Pass-123"));
        }

        var enabled = await PortalSignIn.PostAsync(client, "kpatel", "Kiran-Pass-123");
        await using (var scope = SignedInScope(PortalRoles.Administrator))
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SelfCareSignIns>().DisableAsync(kpatel));
        }

        using var later = factory.CreateClient(new() { AllowAutoRedirect = false });
        var disabled = await PortalSignIn.PostAsync(later, "kpatel", "Kiran-Pass-123");

        Assert.Contains(System.Net.WebUtility.HtmlEncode(SignInAttempts.RefusedMessage), await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(SignInAttempts.RefusedMessage), await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_WithTheFormsToken_EndsTheSession()
    {
        using var client = await factory.SignedInClientAsync();
        var page = await client.GetStringAsync("/ccmadmin/sites/1");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var signOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = PortalAccounts.SignInPath,
        }));
        var after = await client.GetAsync("/ccmadmin/sites/1");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains(PortalAccounts.SignInPath, after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>A service scope whose user is a signed-in account in the role, as a page's circuit would have.</summary>
    private AsyncServiceScope SignedInScope(string role)
    {
        var scope = factory.Services.CreateAsyncScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test"), new Claim(ClaimTypes.Role, role)], "Test"));
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        return scope;
    }
}

internal static class UriPaths
{
    /// <summary>The path and query of a redirect's Location, absolute or relative.</summary>
    public static string PathAndQuery(this Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
