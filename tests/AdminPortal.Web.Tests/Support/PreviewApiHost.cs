using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Support;

/// <summary>
/// The preview endpoints (<see cref="PreviewEndpoints.MapPreviewApi"/>) on a test server with the portal's own
/// services over the demo configuration, behind the API's policy names (<see cref="ApiPolicies.Read"/>: the two
/// administrator roles; <see cref="ApiPolicies.Me"/>: end users), which a stand-in scheme answers until the API's
/// authentication is wired in the same host.
/// </summary>
public sealed class PreviewApiHost : IAsyncLifetime
{
    private WebApplication? _app;

    public SqliteTestDatabase Database { get; } = new();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateDbContext())
        {
            await DemoData.SeedAsync(db);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = Database.ConnectionString });
        builder.AddMobilityPortal();
        builder.Services.AddSingleton<IDbContextFactory<PortalDbContext>>(Database);
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, StandInApiAuthenticationHandler>(StandInApiAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Read, policy => policy.AddAuthenticationSchemes(StandInApiAuthenticationHandler.SchemeName)
                .RequireRole(PortalRoles.Administrator, PortalRoles.ReadOnlyAdministrator))
            .AddPolicy(ApiPolicies.Me, policy => policy.AddAuthenticationSchemes(StandInApiAuthenticationHandler.SchemeName).RequireRole(PortalRoles.EndUser));
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapPreviewApi();
        await _app.StartAsync();
    }

    /// <summary>A client calling as an account with one role (no account: anonymous).</summary>
    public HttpClient Client(string? role = null, string? accountId = null)
    {
        var client = _app!.GetTestClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(StandInApiAuthenticationHandler.Header, $"{role}:{accountId ?? "admin-account"}");
        }

        return client;
    }

    /// <summary>Creates a portal account for the end user (or an unlinked one) and returns its id.</summary>
    public async Task<string> AccountAsync(string userName, string? endUserId)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        int? endUser = null;
        if (endUserId is not null)
        {
            await using var db = Database.CreateDbContext();
            endUser = await db.EndUsers.Where(u => u.UserId == endUserId).Select(u => u.Id).SingleAsync();
        }

        var account = new PortalAccount { UserName = userName, EndUserId = endUser };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<PortalAccount>>().CreateAsync(account);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return account.Id;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
