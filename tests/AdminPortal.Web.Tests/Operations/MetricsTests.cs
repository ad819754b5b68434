using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace AdminPortal.Web.Tests.Operations;

/// <summary><c>/metrics</c> (decision 014): Prometheus text with the portal's own counters when on, not found when off.</summary>
public sealed partial class MetricsTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Metrics_Enabled_ServesThePortalsCountersAfterASaveAndARefusal()
    {
        await using var portal = factory.WithWebHostBuilder(host => host.ConfigureAppConfiguration(settings =>
            settings.AddInMemoryCollection(new Dictionary<string, string?> { ["Metrics:Enabled"] = "true" })));
        using var admin = portal.BasicClient(PortalSignIn.Admin);

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/sites", new { name = "metrics_site" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync("/api/v1/sites", new { name = "metrics_site" })).StatusCode);
        using var scraper = portal.ApiClient();
        var response = await scraper.GetAsync(PortalUrls.Metrics);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Matches(Sample("portal_saves_total", "object_type=\"Site\""), text);
        Assert.Matches(Sample("portal_save_refusals_total", "object_type=\"Site\""), text);
        Assert.Matches(Sample("portal_audit_entries_total", "action=\"create\""), text);
        // ASP.NET Core's own meters are exported beside the portal's.
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_Disabled_IsNotFound()
    {
        using var scraper = factory.ApiClient();

        var response = await scraper.GetAsync(PortalUrls.Metrics);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("portal_saves_total", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // One sample line of the metric with the label, counting at least one.
    private static Regex Sample(string metric, string label) =>
        new($"^{metric}\\{{[^}}]*{Regex.Escape(label)}[^}}]*\\}} [1-9]", RegexOptions.Multiline);
}
