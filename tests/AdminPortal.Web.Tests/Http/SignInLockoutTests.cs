using System.Net;
using AdminPortal.Core.Accounts;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// The lockout under parallel attempts, and sign-in answers that do not tell which accounts exist. The portal's
/// password hasher is wrapped to count the checks (the guesses really evaluated); nothing else is replaced.
/// </summary>
public sealed class SignInLockoutTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private readonly CountingPasswordHasher _hasher = new();

    [Fact]
    public async Task SignIn_TwentyParallelWrongPasswordsThenTheRightOne_AtMostFiveGuessesAndLocked()
    {
        var portal = Portal();
        var hash = await CreateAccountAsync(portal, "burst1", "Right-Password-1");
        var clients = Enumerable.Range(0, 20).Select(_ => portal.CreateClient(new() { AllowAutoRedirect = false })).ToList();
        var tokens = await Task.WhenAll(clients.Select(c => PortalSignIn.FormTokenAsync(c)));

        var burst = await Task.WhenAll(clients.Select((c, i) => PortalSignIn.PostFormAsync(c, PortalAccounts.SignInPath, tokens[i], "burst1", $"Wrong-Password-{i}")));
        using var owner = portal.CreateClient(new() { AllowAutoRedirect = false });
        var right = await PortalSignIn.PostAsync(owner, "burst1", "Right-Password-1");

        Assert.All(burst, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(PortalAccounts.MaxFailedSignIns, _hasher.ChecksAgainst(hash));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(SignInAttempts.RefusedMessage, await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.GetAsync("/ccmadmin")).StatusCode);
        var account = await FindAsync(portal, "burst1");
        Assert.True(account.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(PortalAccounts.LockoutMinutes - 1));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task SignIn_RightPasswordAmongTheFirstFiveGuesses_SignsInAndForgivesTheFailures()
    {
        var portal = Portal();
        await CreateAccountAsync(portal, "burst2", "Right-Password-1");
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < PortalAccounts.MaxFailedSignIns - 1; i++)
        {
            await PortalSignIn.PostAsync(client, "burst2", "Wrong-Password-1");
        }

        var right = await PortalSignIn.PostAsync(client, "burst2", "Right-Password-1");

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var account = await FindAsync(portal, "burst2");
        Assert.Equal(0, account.AccessFailedCount);
        Assert.Null(account.LockoutEnd);
    }

    [Fact]
    public async Task SignIn_UnknownUserWrongPasswordAndLockedAccount_SameAnswerAfterTheSamePasswordCheck()
    {
        var portal = Portal();
        await CreateAccountAsync(portal, "known1", "Right-Password-1");
        await CreateAccountAsync(portal, "locked1", "Right-Password-1");
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < PortalAccounts.MaxFailedSignIns; i++)
        {
            await PortalSignIn.PostAsync(client, "locked1", "Wrong-Password-1");
        }

        var unknown = await AnswerAsync(portal, "nobody-here", "Wrong-Password-1");
        var wrong = await AnswerAsync(portal, "known1", "Wrong-Password-1");
        var locked = await AnswerAsync(portal, "locked1", "Wrong-Password-1");
        var lockedRight = await AnswerAsync(portal, "locked1", "Right-Password-1");

        Assert.All([unknown, wrong, locked, lockedRight], answer =>
        {
            Assert.Equal(SignInAttempts.RefusedMessage, answer.Message);
            Assert.Equal(1, answer.PasswordChecks);
        });
    }

    private WebApplicationFactory<Program> Portal() =>
        factory.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<PortalAccount>>(_hasher)));

    /// <summary>The sign-in page's message and how many password checks the attempt cost.</summary>
    private async Task<(string Message, int PasswordChecks)> AnswerAsync(WebApplicationFactory<Program> portal, string user, string password)
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        var token = await PortalSignIn.FormTokenAsync(client);
        var before = _hasher.AllChecks;
        var response = await PortalSignIn.PostFormAsync(client, PortalAccounts.SignInPath, token, user, password);
        var checks = _hasher.AllChecks - before;
        var html = await response.Content.ReadAsStringAsync();
        var message = System.Text.RegularExpressions.Regex.Match(html, "data-test=\"signin-error\">(?<m>[^<]*)<").Groups["m"].Value;
        return (WebUtility.HtmlDecode(message), checks);
    }

    /// <summary>Creates an administrator account and returns its password hash.</summary>
    private static async Task<string> CreateAccountAsync(WebApplicationFactory<Program> portal, string user, string password)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().CreateAsync(user, password, PortalRoles.Administrator);
        return account.PasswordHash!;
    }

    private static async Task<PortalAccount> FindAsync(WebApplicationFactory<Program> portal, string user)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalAccount>>().FindByNameAsync(user))!;
    }
}
