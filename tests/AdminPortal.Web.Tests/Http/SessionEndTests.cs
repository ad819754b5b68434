using System.Net;
using System.Security.Claims;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// Sign-out, a password change or reset and a disabled Self Care sign-in end the session: a copy of the cookie taken
/// before stops opening pages at once, and an open page's circuit re-checks its session.
/// </summary>
public sealed class SessionEndTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task SignOut_CopiedCookieTakenBefore_NoLongerOpensAnything()
    {
        var (client, copy) = await SignInWithCopyAsync("session1", "Session-Pass-1", PortalRoles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/ccmadmin")).StatusCode);

        var signOut = await SignOutAsync(client, "/ccmadmin/sites/1");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        AssertSentToSignIn(await copy.GetAsync("/ccmadmin"));
        AssertSentToSignIn(await copy.GetAsync("/ccmadmin/design-review.csv"));
        AssertSentToSignIn(await client.GetAsync("/ccmadmin"));
    }

    [Fact]
    public async Task PasswordChange_CopiedCookieOfTheOldSession_IsRefusedAndTheChangingBrowserStaysSignedIn()
    {
        var (client, copy) = await SignInWithCopyAsync("session2", "Session-Pass-1", PortalRoles.Administrator);
        var token = await PortalSignIn.FormTokenAsync(client, "/account/password");

        var change = await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "password",
            ["__RequestVerificationToken"] = token,
            ["Input.Current"] = "Session-Pass-1",
            ["Input.New"] = "Session-Pass-2",
        }));

        Assert.Contains("Your password was changed.", await change.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSentToSignIn(await copy.GetAsync("/ccmadmin"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ccmadmin")).StatusCode);

        // The change is in the audit log, the password masked.
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.ObjectName == "session2");
        Assert.Equal(("session2", "Account", Core.Audit.AuditAction.Update), (entry.Account, entry.Channel, entry.Action));
        Assert.Equal("[{\"field\":\"password\",\"old\":\"****\",\"new\":\"****\"}]", entry.Changes);
    }

    [Fact]
    public async Task PasswordResetByAnAdministrator_EndsTheEndUsersSessions()
    {
        var (_, copy) = await SignInWithCopyAsync("mgarcia", PortalSignIn.Demo("mgarcia").Password, role: null);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/ucmuser")).StatusCode);

        await using (var scope = AdministratorScope())
        {
            var id = await EndUserIdAsync(scope, "mgarcia");
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SelfCareSignIns>().SetPasswordAsync(id, "mgarcia", "Reset-By-Admin-1"));
        }

        AssertSentToSignIn(await copy.GetAsync("/ucmuser"));
    }

    [Fact]
    public async Task SelfCareSignInDisabled_EndsTheEndUsersSessions()
    {
        int kpatel;
        await using (var scope = AdministratorScope())
        {
            kpatel = await EndUserIdAsync(scope, "kpatel");
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SelfCareSignIns>().SetPasswordAsync(kpatel, "kpatel", "Kiran-Pass-123"));
        }

        var (_, copy) = await SignInWithCopyAsync("kpatel", "Kiran-Pass-123", role: null);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/ucmuser")).StatusCode);
        await using (var scope = AdministratorScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SelfCareSignIns>().DisableAsync(kpatel));
        }

        AssertSentToSignIn(await copy.GetAsync("/ucmuser"));
    }

    [Fact]
    public async Task SignOut_WithoutItsToken_Answers400AndLogsNoError()
    {
        var logs = new RecordedLogs();
        var portal = factory.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = await portal.SignedInClientAsync();

        var response = await client.PostAsync(SignOutEndpoint.Path, new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));
        var empty = await client.PostAsync(SignOutEndpoint.Path, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(SignOutEndpoint.MissingTokenMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        // Still signed in: nothing changed.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ccmadmin")).StatusCode);
    }

    [Fact]
    public async Task OpenPage_SessionEndedElsewhere_IsNoLongerCurrentForTheCircuitsRecheck()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var account = await services.GetRequiredService<AccountBootstrap>().CreateAsync("session3", "Session-Pass-1", PortalRoles.Administrator);
        var principal = await services.GetRequiredService<SignInManager<PortalAccount>>().CreateUserPrincipalAsync(account);
        var before = await SignedInSessions.IsCurrentAsync(services, principal);

        await services.GetRequiredService<UserManager<PortalAccount>>().UpdateSecurityStampAsync(account);

        Assert.IsType<PortalAuthenticationStateProvider>(services.GetRequiredService<AuthenticationStateProvider>());
        Assert.True(before);
        Assert.False(await SignedInSessions.IsCurrentAsync(services, principal));
    }

    [Fact]
    public async Task SessionCheck_UsesAContextOfItsOwn_NotTheRequestsScopedOne()
    {
        // The request that carries a circuit's WebSocket lives as long as the tab: a scoped context resolved by the
        // cookie's check on that request would stay in memory with every open tab (decision 024, round 4).
        await using var scope = factory.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().CreateAsync("session4", "Session-Pass-1", PortalRoles.Administrator);
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<PortalAccount>>().CreateUserPrincipalAsync(account);

        Assert.True(await SignedInSessions.IsCurrentAsync(new WithoutScopedContext(scope.ServiceProvider), principal));
    }

    /// <summary>Signs in through the form (creating the account first when a role is given) and returns the client and a copy of its cookie.</summary>
    private async Task<(HttpClient Client, HttpClient Copy)> SignInWithCopyAsync(string user, string password, string? role)
    {
        if (role is not null)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().CreateAsync(user, password, role);
        }

        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var signIn = await PortalSignIn.PostAsync(client, user, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (client, factory.ClientWithCookie(PortalSignIn.SessionCookieOf(signIn)));
    }

    private static async Task<HttpResponseMessage> SignOutAsync(HttpClient client, string pageWithTheForm)
    {
        var token = await PortalSignIn.FormTokenAsync(client, pageWithTheForm);
        return await client.PostAsync(SignOutEndpoint.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = PortalAccounts.SignInPath,
        }));
    }

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(PortalAccounts.SignInPath, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<int> EndUserIdAsync(AsyncServiceScope scope, string userId)
    {
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.EndUsers.Where(u => u.UserId == userId).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A request's services whose scoped <see cref="PortalDbContext"/> refuses to be resolved.</summary>
    private sealed class WithoutScopedContext(IServiceProvider services) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(PortalDbContext)
            ? throw new InvalidOperationException("The session check resolved the request's scoped PortalDbContext.")
            : services.GetService(serviceType);
    }

    /// <summary>A service scope whose user is a signed-in administrator, as the End User page's circuit would have.</summary>
    private AsyncServiceScope AdministratorScope()
    {
        var scope = factory.Services.CreateAsyncScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test"), new Claim(ClaimTypes.Role, PortalRoles.Administrator)], "Test"));
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        return scope;
    }
}
