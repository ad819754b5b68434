using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace AdminPortal.Web.Tests.Support;

/// <summary>The real portal with the settings a test gives (provider, connection string, environment).</summary>
public sealed class PortalHost(IReadOnlyDictionary<string, string?> settings, string environment = "Development") : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }

    public static PortalHost OnPostgres(string connectionString, string environment = "Development") => new(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Portal"] = connectionString,
        ["DemoData:Enabled"] = "true",
    }, environment);
}
