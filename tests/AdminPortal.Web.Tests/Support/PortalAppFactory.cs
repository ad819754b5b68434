using AdminPortal.Core.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace AdminPortal.Web.Tests.Support;

/// <summary>
/// The real portal over a throwaway SQLite file, seeded with the demo configuration. Its tests all sign in from one
/// (unknown) client address, many times a minute, so the sign-in rate limits are raised here; the throttling tests
/// start a portal with the shipped limits.
/// </summary>
public sealed class PortalAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder) => UseTestPortal(builder, _database.ConnectionString);

    /// <summary>The test portal's settings over the given SQLite database (shared with the other factories of the real app).</summary>
    public static void UseTestPortal(IWebHostBuilder builder, string connectionString)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = connectionString,
            ["DemoData:Enabled"] = "true",
            ["SignIn:AttemptsPerAddressPerMinute"] = "10000",
            ["SignIn:AttemptsPerUserPerMinute"] = "10000",
        }));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }
}
