using System.Net;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Operations;

/// <summary>The portal on PostgreSQL while the server goes away and comes back, without restarting the portal.</summary>
[Trait("Database", "Postgres")]
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Readyz_DatabaseStoppedThenRestarted_Answers503ThenRecoversWithEverythingKept()
    {
        await using var cluster = await PostgresCluster.StartNewAsync();
        await cluster.CreateDatabaseAsync("adminportal");
        await using var portal = PortalHost.OnPostgres(cluster.ConnectionString("adminportal"), environment: "Production");
        using var client = await portal.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        int saved;
        using (var scope = portal.Services.CreateScope())
        {
            // The store as the test itself (outside a signed-in page, where the web host's guard answers "no").
            var store = new ConfigurationStore(scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>(), new SystemChange("outage test"));
            var result = await store.SaveAsync(new PhysicalLocation { Name = "Before_outage_phyloc" });
            Assert.True(result.Succeeded);
            saved = result.Id;
        }

        await cluster.StopAsync();
        var down = await client.GetAsync("/readyz");
        var page = await client.GetAsync($"/ccmadmin/physical-locations/{saved}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("Database unavailable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);

        await cluster.StartAsync();
        var status = HttpStatusCode.ServiceUnavailable;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); status != HttpStatusCode.OK && DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            status = (await client.GetAsync("/readyz")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Before_outage_phyloc", await client.GetStringAsync($"/ccmadmin/physical-locations/{saved}"), StringComparison.Ordinal);
        Assert.Contains("San Jose", await client.GetStringAsync("/ccmadmin/sites/1"), StringComparison.Ordinal);
    }
}
