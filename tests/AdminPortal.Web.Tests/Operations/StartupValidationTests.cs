using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdminPortal.Web.Tests.Operations;

/// <summary>The container is checked as the host starts, in Production too: a missing registration stops the start by name.</summary>
public sealed class StartupValidationTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Start_WithoutAChangeAuthorization_FailsNamingItEvenInProduction()
    {
        await using var portal = new PortalHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = _database.ConnectionString,
            ["DemoData:Enabled"] = "true",
        }, environment: "Production");
        await using var forgetful = portal.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.RemoveAll<IChangeAuthorization>()));

        var refusal = Assert.ThrowsAny<Exception>(() => forgetful.CreateClient());

        Assert.Contains(nameof(IChangeAuthorization), refusal.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ConfigurationStore), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithEveryRegistration_ServesInProduction()
    {
        await using var portal = new PortalHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = _database.ConnectionString,
            ["DemoData:Enabled"] = "true",
        }, environment: "Production");

        using var client = portal.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }
}
