using AdminPortal.Core.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace AdminPortal.Web.Tests.Support;

/// <summary>The real portal over a throwaway SQLite file, seeded with the demo configuration.</summary>
public sealed class PortalAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = _database.ConnectionString,
            ["DemoData:Enabled"] = "true",
        }));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }
}
