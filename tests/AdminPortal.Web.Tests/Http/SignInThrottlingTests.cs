using System.Net;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;

namespace AdminPortal.Web.Tests.Http;

/// <summary>The rate limiter on the sign-in POST, with the limits the portal ships (<see cref="SignInLimits"/>).</summary>
public sealed class SignInThrottlingTests : IAsyncLifetime
{
    private static readonly SignInLimits Shipped = new();
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SignIn_MorePostsForOneUserIdThanTheLimit_AreRefused429WhileOtherUsersGoOn()
    {
        await using var portal = Portal();
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var allowed = new List<HttpResponseMessage>();
        for (var i = 0; i < Shipped.AttemptsPerUserPerMinute; i++)
        {
            allowed.Add(await PortalSignIn.PostAsync(client, "Target", $"Guess-Number-{i}"));
        }

        var refused = await PortalSignIn.PostAsync(client, "target", "Guess-Number-X");
        var other = await PortalSignIn.PostAsync(client, "someone-else", "Guess-Number-Y");

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Contains(SignInThrottling.RefusedMessage, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SecurityHeadersTests.AssertSecurityHeaders(refused);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task SignIn_MorePostsFromOneAddressThanTheLimit_AreRefused429WhateverTheUserId()
    {
        await using var portal = Portal();
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var allowed = new List<HttpResponseMessage>();
        for (var i = 0; i < Shipped.AttemptsPerAddressPerMinute; i++)
        {
            allowed.Add(await PortalSignIn.PostAsync(client, $"sprayed{i}", "Guess-Number-1"));
        }

        var refused = await PortalSignIn.PostAsync(client, "sprayed-next", "Guess-Number-1");
        var page = await client.GetAsync(PortalAccounts.SignInPath);

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        // Only the POST is limited: the form itself still opens.
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task ApiBasic_SharesTheSignInFormsPerUserBudget_AndTokensAreNotCounted()
    {
        await using var portal = Portal();
        using var form = portal.CreateClient(new() { AllowAutoRedirect = false });
        var half = Shipped.AttemptsPerUserPerMinute / 2;
        var allowed = new List<HttpResponseMessage>();
        for (var i = 0; i < half; i++)
        {
            allowed.Add(await PortalSignIn.PostAsync(form, "shared", $"Guess-Number-{i}"));
        }

        for (var i = half; i < Shipped.AttemptsPerUserPerMinute; i++)
        {
            using var script = portal.BasicClient(("Shared", $"Guess-Number-{i}"));
            allowed.Add(await script.GetAsync("/api/v1/sites"));
        }

        using var refusedScript = portal.BasicClient(("shared", "Guess-Number-X"));
        var refusedBasic = await refusedScript.GetAsync("/api/v1/sites");
        var refusedForm = await PortalSignIn.PostAsync(form, "shared", "Guess-Number-Y");
        using var token = portal.TokenClient(await portal.CreateTokenAsync("unthrottled", Core.Accounts.ApiTokenScope.ReadOnly));
        var tokenCalls = new List<HttpResponseMessage>();
        for (var i = 0; i <= Shipped.AttemptsPerAddressPerMinute; i++)
        {
            tokenCalls.Add(await token.GetAsync("/api/v1/sites"));
        }

        Assert.All(allowed, r => Assert.NotEqual(HttpStatusCode.TooManyRequests, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedBasic.StatusCode);
        Assert.Equal("application/problem+json", refusedBasic.Content.Headers.ContentType?.MediaType);
        Assert.Equal("60", Assert.Single(refusedBasic.Headers.GetValues("Retry-After")));
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedForm.StatusCode);
        Assert.All(tokenCalls, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private PortalHost Portal() => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Portal"] = _database.ConnectionString,
        ["DemoData:Enabled"] = "true",
    });
}
