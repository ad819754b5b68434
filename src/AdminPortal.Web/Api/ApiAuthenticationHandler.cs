using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using AdminPortal.Core.Accounts;
using AdminPortal.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Api;

/// <summary>
/// The API's own authentication (<see cref="ApiAuthentication.Scheme"/>), asked only by the API's policies, so a
/// sign-in cookie never opens <c>/api/v1</c>: <c>Authorization: Basic</c> with a portal account, checked through
/// <see cref="SignInAttempts"/> (the sign-in page's tries and lockout), or <c>Authorization: Bearer mp_…</c> with an
/// API token, which acts with its owner's role capped by its scope. No credentials: 401 problem document with
/// <c>WWW-Authenticate</c>; authenticated but not allowed: 403 problem document.
/// </summary>
public sealed class ApiAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    SignInAttempts passwords, UserManager<PortalAccount> accounts, ApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header))
        {
            return AuthenticateResult.NoResult();
        }

        if (string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return await BasicAsync(header.Parameter);
        }

        return string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            ? await BearerAsync(header.Parameter)
            : AuthenticateResult.NoResult();
    }

    private async Task<AuthenticateResult> BasicAsync(string? parameter)
    {
        if (ApiAuthentication.BasicCredentials(parameter) is not { } credentials)
        {
            return AuthenticateResult.Fail("The Basic credentials are not base64 of user:password.");
        }

        var (user, password) = credentials;
        var account = await passwords.CheckPasswordAsync(user, password, Context.RequestAborted);
        if (account is null)
        {
            return AuthenticateResult.Fail(SignInAttempts.RefusedMessage);
        }

        var roles = await accounts.GetRolesAsync(account);
        return Success(account.Id, account.UserName ?? user, roles, token: null, account.EndUserId);
    }

    private async Task<AuthenticateResult> BearerAsync(string? parameter)
    {
        var caller = parameter is null ? null : await tokens.AuthenticateAsync(parameter, Context.RequestAborted);
        if (caller is null)
        {
            return AuthenticateResult.Fail("The API token is not valid: unknown, revoked or expired.");
        }

        // The owner's role capped by the scope; a token of an account that is no longer an administrator opens nothing.
        string[] role = caller.OwnerRoles.Contains(PortalRoles.Administrator)
            ? [caller.Scope == ApiTokenScope.ReadWrite ? PortalRoles.Administrator : PortalRoles.ReadOnlyAdministrator]
            : caller.OwnerRoles.Contains(PortalRoles.ReadOnlyAdministrator) ? [PortalRoles.ReadOnlyAdministrator] : [];
        return role.Length == 0
            ? AuthenticateResult.Fail("The API token's account is no longer an administrator.")
            : Success(caller.OwnerId, caller.OwnerUserName, role, caller.TokenName, endUserId: null);
    }

    private AuthenticateResult Success(string accountId, string userName, IEnumerable<string> roles, string? token, int? endUserId)
    {
        var identity = new ClaimsIdentity(Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, accountId));
        identity.AddClaim(new Claim(ClaimTypes.Name, userName));
        identity.AddClaims(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        if (token is not null)
        {
            identity.AddClaim(new Claim(ApiAuthentication.TokenClaim, token));
        }

        if (endUserId is int endUser)
        {
            identity.AddClaim(new Claim(ApiAuthentication.EndUserClaim, endUser.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        Response.Headers.WWWAuthenticate = new([
            $"Basic realm=\"{ApiAuthentication.Realm}\", charset=\"UTF-8\"",
            failure is not null && Request.Headers.Authorization.ToString().StartsWith("Bearer", StringComparison.OrdinalIgnoreCase)
                ? $"Bearer realm=\"{ApiAuthentication.Realm}\", error=\"invalid_token\""
                : $"Bearer realm=\"{ApiAuthentication.Realm}\"",
        ]);
        await ApiProblems.Unauthorized(failure?.Message
            ?? "Authenticate with HTTP Basic (a portal account) or Authorization: Bearer <API token>. Sign-in cookies are not accepted here.").ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Forbidden(Context.User.IsInRole(PortalRoles.EndUser)
            ? $"End users can use only {ApiEndpoints.Me}/...: their own remote destinations and access lists."
            : "This account or token may read but not change the configuration (Read-Only Administrator or a read-only token). Nothing was changed.")
            .ExecuteAsync(Context);
}
