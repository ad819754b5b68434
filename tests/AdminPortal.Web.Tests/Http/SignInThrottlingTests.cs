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

    private PortalHost Portal() => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Portal"] = _database.ConnectionString,
        ["DemoData:Enabled"] = "true",
    });
}
