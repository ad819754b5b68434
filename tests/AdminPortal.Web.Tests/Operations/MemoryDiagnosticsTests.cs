using System.Net;
using System.Net.Http.Json;
using AdminPortal.Web.Operations;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace AdminPortal.Web.Tests.Operations;

/// <summary><c>/diagnostics/memory</c> (decision 019): the load harness's probe, off by default, administrators only.</summary>
public sealed class MemoryDiagnosticsTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Enabled_Administrator_ReadsTheHeapAfterAFullCollection()
    {
        await using var portal = Enabled();
        using var admin = await portal.SignedInClientAsync();

        var snapshot = await admin.GetFromJsonAsync<MemoryDiagnostics.Snapshot>(PortalUrls.MemoryDiagnostics);

        Assert.NotNull(snapshot);
        Assert.True(snapshot.ManagedBytesAfterFullGc > 0);
        Assert.True(snapshot.Gen2Collections > 0, "the probe runs a full collection");
        Assert.True(snapshot.CpuSeconds > 0);
    }

    [Fact]
    public async Task Enabled_EndUser_IsRefused()
    {
        await using var portal = Enabled();
        using var endUser = await portal.SignedInClientAsync(PortalSignIn.EndUser);

        var response = await endUser.GetAsync(PortalUrls.MemoryDiagnostics);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("managedBytesAfterFullGc", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_IsNotFound_EvenForAnAdministrator()
    {
        using var admin = await factory.SignedInClientAsync();

        var response = await admin.GetAsync(PortalUrls.MemoryDiagnostics);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Enabled() =>
        factory.WithWebHostBuilder(host => host.ConfigureAppConfiguration(settings =>
            settings.AddInMemoryCollection(new Dictionary<string, string?> { [MemoryDiagnostics.EnabledSetting] = "true" })));
}
