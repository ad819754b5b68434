using AdminPortal.Core.Accounts;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Operations;

public sealed class FirstAdministratorTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Start_WithoutDemoOrBootstrapAdministrator_RefusesSayingWhichSettingsToGive()
    {
        await using var portal = new PortalHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = _database.ConnectionString,
            ["DemoData:Enabled"] = "false",
        });

        var refusal = Assert.Throws<InvalidOperationException>(() => portal.CreateClient());

        Assert.Equal(AccountBootstrap.NoAdministratorMessage, refusal.Message);
    }

    [Fact]
    public async Task Start_WithBootstrapSettings_CreatesThatAdministratorOnce()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = _database.ConnectionString,
            ["DemoData:Enabled"] = "false",
            ["Bootstrap:AdminUser"] = "ccmadmin",
            ["Bootstrap:AdminPassword"] = "First-Admin-2026",
        };
        await using (var first = new PortalHost(settings))
        {
            using var client = await first.SignedInClientAsync(("ccmadmin", "First-Admin-2026"));
        }

        // A second start with another password in the settings changes nothing: the administrator exists.
        settings["Bootstrap:AdminPassword"] = "Other-Password-1";
        await using var second = new PortalHost(settings);
        using var scope = second.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<PortalAccount>>();
        var admin = await accounts.FindByNameAsync("ccmadmin");
        Assert.True(await accounts.CheckPasswordAsync(admin!, "First-Admin-2026"));
        Assert.Single(await accounts.GetUsersInRoleAsync(PortalRoles.Administrator));
    }
}
