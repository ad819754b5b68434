using System.Net.Http.Headers;
using System.Text;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Support;

/// <summary>Clients of the HTTP API as scripts are: HTTP Basic with a portal account, or a Bearer API token.</summary>
public static class ApiCallers
{
    /// <summary>A client without cookies (a script) sending the given Authorization header, if any.</summary>
    public static HttpClient ApiClient(this WebApplicationFactory<Program> factory, AuthenticationHeaderValue? authorization = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = authorization;
        return client;
    }

    public static HttpClient BasicClient(this WebApplicationFactory<Program> factory, (string User, string Password) account) =>
        factory.ApiClient(Basic(account.User, account.Password));

    public static HttpClient TokenClient(this WebApplicationFactory<Program> factory, string token) =>
        factory.ApiClient(new AuthenticationHeaderValue("Bearer", token));

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    /// <summary>
    /// Creates a token as the given administrator does on the API Tokens page (the real <see cref="ApiTokens"/>, asked
    /// by an administrator on a page), at <paramref name="now"/> (default: now), and returns its secret.
    /// </summary>
    public static async Task<string> CreateTokenAsync(
        this WebApplicationFactory<Program> factory, string name, ApiTokenScope scope, DateTimeOffset? expiresAt = null, string owner = "admin", DateTimeOffset? now = null)
    {
        var created = await TokensAs(factory, owner, now).CreateAsync(name, scope, expiresAt);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        return created.Secret!;
    }

    public static async Task RevokeTokenAsync(this WebApplicationFactory<Program> factory, string name)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var id = await db.ApiTokens.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
        Assert.Empty(await TokensAs(factory, "admin").RevokeAsync(id));
    }

    private static ApiTokens TokensAs(WebApplicationFactory<Program> factory, string account, DateTimeOffset? now = null) =>
        new(factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), new AdministratorOnPage(account),
            now is { } at ? new FixedTime(at) : TimeProvider.System);

    private sealed class AdministratorOnPage(string account) : IChangeAuthorization
    {
        public Task<ChangeActor> ActorAsync(CancellationToken cancellation = default) => Task.FromResult(new ChangeActor(account, ChangeChannel.Page, MayChange: true));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
