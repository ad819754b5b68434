using System.Text.RegularExpressions;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Components.Pages.Admin.Accounts;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Accounts;

/// <summary>The API Tokens page: an administrator creates a token and sees its secret once, then revokes it; a read-only administrator only looks.</summary>
public sealed partial class ApiTokensPageTests : PortalComponentTest
{
    [Fact]
    public async Task Administrator_CreatesATokenSeesTheSecretOnce_ThenRevokesIt()
    {
        await CreateAccountAsync("admin", PortalRoles.Administrator);
        var cut = RenderPage<ApiTokensPage>(PortalUrls.ApiTokens);
        cut.WaitForElement("[data-test='create']");

        Type(cut, "Name", "ansible-nightly");
        await ChooseValue(cut, "Scope", ApiTokenScope.ReadWrite);
        await ChooseValue<int?>(cut, "Expires", 30);
        Click(cut, "create");

        var secret = cut.WaitForElement("[data-test='token-secret']").TextContent.Trim();
        Assert.Matches(TokenShape(), secret);
        var row = cut.Find("[data-test='token-row'][data-token='ansible-nightly']");
        Assert.Contains("Read-write", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Active", row.QuerySelector("[data-test='token-status']")!.TextContent.Trim());
        await using (var db = Database.CreateDbContext())
        {
            var stored = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Name == "ansible-nightly");
            Assert.Equal(ApiTokens.HashOf(secret), stored.SecretHash);
            Assert.True(stored.ExpiresAt > DateTimeOffset.UtcNow.AddDays(29));
        }

        // Opened again, the page lists the token but never shows its secret.
        await DisposeComponentsAsync();
        var again = RenderPage<ApiTokensPage>(PortalUrls.ApiTokens);
        again.WaitForElement("[data-test='token-row'][data-token='ansible-nightly']");
        Assert.Empty(again.FindAll("[data-test='token-secret']"));
        Assert.DoesNotContain(secret.Split('_')[2], again.Markup, StringComparison.Ordinal);

        again.Find("[data-test='token-row'][data-token='ansible-nightly'] [data-test='revoke']").Click();

        again.WaitForAssertion(() => Assert.Equal("Revoked",
            again.Find("[data-test='token-row'][data-token='ansible-nightly'] [data-test='token-status']").TextContent.Trim()));
        Assert.Empty(again.FindAll("[data-test='token-row'][data-token='ansible-nightly'] [data-test='revoke']"));
        await using var check = Database.CreateDbContext();
        Assert.NotNull((await check.ApiTokens.SingleAsync(t => t.Name == "ansible-nightly")).RevokedAt);
        Assert.Null(await Services.GetRequiredService<ApiTokens>().AuthenticateAsync(secret));

        // Both changes are in the audit log, by the administrator, and neither holds the secret or its hash.
        var entries = await check.AuditEntries.AsNoTracking().Where(e => e.ObjectType == AccountObjects.ApiToken).OrderBy(e => e.Id).ToListAsync();
        Assert.Collection(entries,
            created =>
            {
                Assert.Equal((AuditAction.Create, "admin", "ansible-nightly", nameof(ChangeChannel.Account)), (created.Action, created.Account, created.ObjectName, created.Channel));
                Assert.Contains(AuditTrail.ChangesOf(created), c => c is { Field: "scope", New: nameof(ApiTokenScope.ReadWrite) });
            },
            revoked =>
            {
                Assert.Equal((AuditAction.Update, "admin", "ansible-nightly"), (revoked.Action, revoked.Account, revoked.ObjectName));
                Assert.Contains(AuditTrail.ChangesOf(revoked), c => c is { Field: "revokedAt", Old: null, New: not null });
            });
        Assert.All(entries, e => Assert.DoesNotContain(secret.Split('_')[2], e.Changes, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(ApiTokens.HashOf(secret), e.Changes, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Administrator_WithoutAName_IsToldNextToTheFieldAndNothingIsCreated()
    {
        await CreateAccountAsync("admin", PortalRoles.Administrator);
        var cut = RenderPage<ApiTokensPage>(PortalUrls.ApiTokens);
        cut.WaitForElement("[data-test='create']");

        Click(cut, "create");

        cut.WaitForAssertion(() => Assert.NotNull(ErrorNextTo(cut, "Name")));
        Assert.Empty(cut.FindAll("[data-test='token-secret']"));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.ApiTokens.AnyAsync());
        Assert.False(await db.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task ReadOnlyAdministrator_SeesTheTokensButCannotCreateOrRevoke()
    {
        await CreateAccountAsync("admin", PortalRoles.Administrator);
        Authorization.SetAuthorized("admin");
        var existing = await Services.GetRequiredService<ApiTokens>().CreateAsync("existing", ApiTokenScope.ReadOnly, validDays: null);
        Assert.True(existing.Succeeded);
        await CreateAccountAsync("auditor", PortalRoles.ReadOnlyAdministrator);
        Authorization.SetAuthorized("auditor");
        Authorization.SetRoles(PortalRoles.ReadOnlyAdministrator);

        var cut = RenderPage<ApiTokensPage>(PortalUrls.ApiTokens);

        cut.WaitForElement("[data-test='token-row'][data-token='existing']");
        Assert.NotNull(cut.Find("[data-test='read-only-note']"));
        Assert.True(cut.Find("[data-test='create']").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-test='revoke']"));
        // The server refuses too, whatever the page shows.
        var tokens = Services.GetRequiredService<ApiTokens>();
        Assert.False((await tokens.CreateAsync("sneaky", ApiTokenScope.ReadWrite, validDays: null)).Succeeded);
        Assert.NotEmpty(await tokens.RevokeAsync(existing.Token!.Id));
        await using var db = Database.CreateDbContext();
        Assert.Null((await db.ApiTokens.SingleAsync(t => t.Name == "existing")).RevokedAt);
        Assert.False(await db.ApiTokens.AnyAsync(t => t.Name == "sneaky"));
    }

    private async Task CreateAccountAsync(string user, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().CreateAsync(user, "Account-Password-1", role);
    }

    [GeneratedRegex("^mp_[0-9a-f]{16}_[0-9a-f]{64}$")]
    private static partial Regex TokenShape();
}
