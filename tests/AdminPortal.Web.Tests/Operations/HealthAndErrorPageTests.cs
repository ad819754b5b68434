using System.Net;
using AdminPortal.Web.Tests.Support;

namespace AdminPortal.Web.Tests.Operations;

public sealed class HealthAndErrorPageTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Healthz_AndReadyz_AnswerHealthyWithTheDatabaseUp()
    {
        using var client = factory.CreateClient();

        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnyRequest_CarriesItsRequestId()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/ccmadmin");

        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(response.Headers.GetValues("X-Request-Id"))));
    }

    [Fact]
    public async Task Pages_DatabaseUnreachableOutsideDevelopment_SayItPlainlyWithoutAStackTrace()
    {
        // A read-only open of a file that does not exist: SQLite cannot open the database (SQLITE_CANTOPEN).
        var missing = Path.Combine(Path.GetTempPath(), $"adminportal-missing-{Guid.NewGuid():N}.db");
        await using var portal = new PortalHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={missing};Mode=ReadOnly",
            ["DemoData:Enabled"] = "true",
        }, environment: "Production");
        using var client = portal.CreateClient();

        var ready = await client.GetAsync("/readyz");
        var live = await client.GetAsync("/healthz");
        // Even the sign-in form needs the database (its antiforgery token is protected with the keys stored there).
        var page = await client.GetAsync(AdminPortal.Web.Accounts.PortalAccounts.SignInPath);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Database unavailable", html, StringComparison.Ordinal);
        Assert.Contains("recovers by itself", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SqliteException", html, StringComparison.Ordinal);
    }
}
