using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// Who may use <c>/api/v1</c> and how (decision 011), on the real app: anonymous, cookies, HTTP Basic with each role,
/// read-only, read-write, revoked, expired and malformed tokens; the lockout Basic shares with the sign-in page.
/// </summary>
public sealed class ApiAuthenticationTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string Sites = "/api/v1/sites";

    [Fact]
    public async Task Anonymous_Gets401ProblemWithBothChallenges_AndNothingIsSaved()
    {
        using var client = factory.ApiClient();

        var list = await client.GetAsync(Sites);
        var add = await client.PostAsJsonAsync(Sites, new { name = "anonymous_site" });

        foreach (var response in new[] { list, add })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var challenges = string.Join(", ", response.Headers.WwwAuthenticate.Select(h => h.Scheme));
            Assert.Contains("Basic", challenges, StringComparison.Ordinal);
            Assert.Contains("Bearer", challenges, StringComparison.Ordinal);
        }

        Assert.False(await SiteExistsAsync("anonymous_site"));
    }

    [Fact]
    public async Task SignInCookie_DoesNotOpenTheApi()
    {
        using var browser = await factory.SignedInClientAsync(PortalSignIn.Admin);

        var list = await browser.GetAsync(Sites);
        var add = await browser.PostAsJsonAsync(Sites, new { name = "cookie_site" });

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, add.StatusCode);
        Assert.False(await SiteExistsAsync("cookie_site"));
    }

    [Fact]
    public async Task ReadOnlyAdministrator_Basic_ReadsButEveryWriteIs403()
    {
        using var client = factory.BasicClient(PortalSignIn.Auditor);

        var list = await client.GetAsync(Sites);
        var add = await client.PostAsJsonAsync(Sites, new { name = "auditor_site" });
        var delete = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"{Sites}/1") { Headers = { { "If-Match", "\"x\"" } } });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.NotEmpty((await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal("application/problem+json", add.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.False(await SiteExistsAsync("auditor_site"));
    }

    [Fact]
    public async Task Administrator_Basic_Creates201()
    {
        using var client = factory.BasicClient(PortalSignIn.Admin);

        var add = await client.PostAsJsonAsync(Sites, new { name = "basic_site" });

        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        Assert.True(await SiteExistsAsync("basic_site"));
    }

    [Fact]
    public async Task ReadOnlyToken_ReadsButWritesAre403()
    {
        var token = await factory.CreateTokenAsync("ro-token", ApiTokenScope.ReadOnly);
        using var client = factory.TokenClient(token);

        var list = await client.GetAsync(Sites);
        var add = await client.PostAsJsonAsync(Sites, new { name = "ro_token_site" });
        var put = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{Sites}/1") { Content = JsonContent.Create(new { name = "renamed" }) });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.False(await SiteExistsAsync("ro_token_site"));
    }

    [Fact]
    public async Task ReadWriteToken_Writes_AndItsLastUseIsRecorded()
    {
        var token = await factory.CreateTokenAsync("rw-token", ApiTokenScope.ReadWrite);
        using var client = factory.TokenClient(token);

        var add = await client.PostAsJsonAsync(Sites, new { name = "rw_token_site" });

        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        Assert.True(await SiteExistsAsync("rw_token_site"));
        await using var db = await Db();
        Assert.NotNull((await db.ApiTokens.SingleAsync(t => t.Name == "rw-token")).LastUsedAt);
    }

    [Fact]
    public async Task ReadWriteTokenOfAReadOnlyAdministrator_IsCappedByTheOwnersRole()
    {
        var token = await factory.CreateTokenAsync("auditor-rw-token", ApiTokenScope.ReadWrite, owner: "auditor");
        using var client = factory.TokenClient(token);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Sites)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(Sites, new { name = "auditor_rw_site" })).StatusCode);
        Assert.False(await SiteExistsAsync("auditor_rw_site"));
    }

    [Fact]
    public async Task RevokedExpiredMalformedAndForgedTokens_Get401()
    {
        var revoked = await factory.CreateTokenAsync("revoked-token", ApiTokenScope.ReadWrite);
        await factory.RevokeTokenAsync("revoked-token");
        var expired = await factory.CreateTokenAsync("expired-token", ApiTokenScope.ReadWrite,
            expiresAt: DateTimeOffset.UtcNow.AddDays(-1), now: DateTimeOffset.UtcNow.AddDays(-2));
        var valid = await factory.CreateTokenAsync("forged-base", ApiTokenScope.ReadWrite);
        var forged = valid[..^4] + (valid.EndsWith("0000", StringComparison.Ordinal) ? "1111" : "0000");

        foreach (var token in new[] { revoked, expired, forged, "mp_not_a_token", "" })
        {
            using var client = factory.TokenClient(token);
            var list = await client.GetAsync(Sites);
            var add = await client.PostAsJsonAsync(Sites, new { name = "bad_token_site" });
            Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, add.StatusCode);
            Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
        }

        Assert.False(await SiteExistsAsync("bad_token_site"));
    }

    [Fact]
    public async Task TokenSecret_IsStoredOnlyAsItsHash()
    {
        var token = await factory.CreateTokenAsync("hashed-token", ApiTokenScope.ReadOnly);

        await using var db = await Db();
        var row = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Name == "hashed-token");
        Assert.Equal(ApiTokens.HashOf(token), row.SecretHash);
        var secretPart = token.Split('_')[2];
        Assert.Equal(ApiTokens.SecretLength, secretPart.Length);
        Assert.DoesNotContain(new[] { row.Name, row.Prefix, row.SecretHash, row.CreatedById }, value => value.Contains(secretPart, StringComparison.Ordinal));
        Assert.StartsWith($"mp_{row.Prefix}_", token, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswordsThroughBasic_CountTowardTheLockout_FiveThenLocked()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().CreateAsync("basic-lock", "Right-Password-1", PortalRoles.Administrator);
        }

        for (var i = 0; i < PortalAccounts.MaxFailedSignIns; i++)
        {
            using var guess = factory.BasicClient(("basic-lock", $"Wrong-Password-{i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, (await guess.GetAsync(Sites)).StatusCode);
        }

        using var right = factory.BasicClient(("basic-lock", "Right-Password-1"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await right.GetAsync(Sites)).StatusCode);
        await using var check = factory.Services.CreateAsyncScope();
        var account = await check.ServiceProvider.GetRequiredService<UserManager<PortalAccount>>().FindByNameAsync("basic-lock");
        Assert.True(account!.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(PortalAccounts.LockoutMinutes - 1));
    }

    [Fact]
    public async Task EndUser_Gets403OnTheAdministrationApi()
    {
        using var client = factory.BasicClient(PortalSignIn.EndUser);

        var list = await client.GetAsync(Sites);
        var destinations = await client.GetAsync("/api/v1/remote-destinations");
        var add = await client.PostAsJsonAsync(Sites, new { name = "end_user_site" });

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, destinations.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.False(await SiteExistsAsync("end_user_site"));
    }

    [Fact]
    public async Task Administrator_Gets403OnMe_ItIsForEndUsers()
    {
        using var client = factory.BasicClient(PortalSignIn.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/me/remote-destinations")).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DeclaresBasicAndBearer()
    {
        using var client = factory.ApiClient();

        var response = await client.GetAsync("/openapi/v1.json");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("basic", schemes.GetProperty("basic").GetProperty("scheme").GetString());
        Assert.Equal("bearer", schemes.GetProperty("token").GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/me/remote-destinations/{id}", out _));
    }

    private async Task<PortalDbContext> Db() => await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private async Task<bool> SiteExistsAsync(string name)
    {
        await using var db = await Db();
        return await db.Sites.AnyAsync(s => s.Name == name);
    }
}
