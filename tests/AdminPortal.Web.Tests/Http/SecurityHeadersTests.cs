using System.Net;
using System.Text.RegularExpressions;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Http;

/// <summary>The security headers are on every kind of response, and the server does not say what it is.</summary>
public sealed partial class SecurityHeadersTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/ccmadmin", true, HttpStatusCode.OK)]
    [InlineData(PortalAccounts.SignInPath, false, HttpStatusCode.OK)]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", false, HttpStatusCode.OK)]
    [InlineData("/app.css", true, HttpStatusCode.OK)]
    [InlineData("/ccmadmin/design-review.csv", true, HttpStatusCode.OK)]
    [InlineData("/ccmadmin/sites/1", false, HttpStatusCode.Redirect)]
    [InlineData("/nowhere", true, HttpStatusCode.NotFound)]
    [InlineData("/healthz", false, HttpStatusCode.OK)]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string url, bool signedIn, HttpStatusCode status)
    {
        using var client = signedIn ? await factory.SignedInClientAsync() : factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ErrorPage_OutsideDevelopment_CarriesTheSecurityHeaders()
    {
        // A database that cannot be opened: the sign-in page fails and the exception handler answers (which clears headers set before).
        var missing = Path.Combine(Path.GetTempPath(), $"adminportal-missing-{Guid.NewGuid():N}.db");
        await using var portal = new PortalHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={missing};Mode=ReadOnly",
            ["DemoData:Enabled"] = "true",
        }, environment: "Production");
        using var client = portal.CreateClient();

        var response = await client.GetAsync(PortalAccounts.SignInPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("data-test=\"error-page\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Page_ImportMap_CarriesThisResponsesNonce()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(PortalAccounts.SignInPath);
        var html = await response.Content.ReadAsStringAsync();
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var again = Assert.Single((await client.GetAsync(PortalAccounts.SignInPath)).Headers.GetValues("Content-Security-Policy"));

        var nonce = NonceInPolicy().Match(policy).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.NotEqual(policy, again);
    }

    [Fact]
    public async Task ApiReference_EveryScriptIsThePortalsOwnOrCarriesThisResponsesNonce()
    {
        using var client = await factory.SignedInClientAsync();

        // Scalar answers the address with a redirect to its folder (/ccmadmin/api/), where its files are.
        var response = await client.GetAsync(PortalUrls.ApiReference + "/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nonce = NonceInPolicy().Match(Assert.Single(response.Headers.GetValues("Content-Security-Policy"))).Groups["nonce"].Value;
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, tag => Assert.Contains($"nonce=\"{nonce}\"", tag, StringComparison.Ordinal));
        Assert.DoesNotContain("https://", string.Join("", scripts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrel_Responses_DoNotNameTheServer()
    {
        var portal = new PortalAppFactory();
        HttpResponseMessage page, file;
        try
        {
            portal.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            portal.StartServer();
            var address = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            page = await client.GetAsync(PortalAccounts.SignInPath);
            file = await client.GetAsync("/_content/MudBlazor/MudBlazor.min.css");
        }
        finally
        {
            await ((IAsyncLifetime)portal).DisposeAsync();
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Headers.Server);
        Assert.Empty(file.Headers.Server);
        AssertSecurityHeaders(page);
        AssertSecurityHeaders(file);
    }

    /// <summary>The headers decision 009 lists, whatever the response.</summary>
    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Matches(NonceInPolicy(), policy);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(response.Headers.GetValues("X-Request-Id"))));
    }

    [GeneratedRegex("script-src 'self' 'nonce-(?<nonce>[A-Za-z0-9+/=]+)';")]
    private static partial Regex NonceInPolicy();
}
