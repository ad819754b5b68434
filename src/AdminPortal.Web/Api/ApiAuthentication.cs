using System.Net.Http.Headers;
using System.Text;
using AdminPortal.Core.Accounts;
using Microsoft.AspNetCore.Authentication;

namespace AdminPortal.Web.Api;

/// <summary>
/// The API's authentication scheme and its three policies (decision 011): <see cref="ApiPolicies.Read"/> for either
/// administrator role and any valid token, <see cref="ApiPolicies.Write"/> for an Administrator (Basic) or a
/// read-write token, <see cref="ApiPolicies.Me"/> for an end user's own objects. Each policy names only this scheme,
/// so the sign-in cookie is ignored on <c>/api/v1</c> (no CSRF surface).
/// </summary>
public static class ApiAuthentication
{
    public const string Scheme = "MobilityApi";

    public const string Realm = "Mobility Admin Portal API";

    /// <summary>The name of the API token a request authenticated with (none for Basic).</summary>
    public const string TokenClaim = "mobility-portal/api-token";

    /// <summary>The End User id of an end user's account (for <c>/api/v1/me</c>).</summary>
    public const string EndUserClaim = "mobility-portal/end-user";

    public static IServiceCollection AddApiAuthentication(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ApiTokens>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiAuthenticationHandler>(Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Read, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(PortalRoles.Administrator, PortalRoles.ReadOnlyAdministrator))
            .AddPolicy(ApiPolicies.Write, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(PortalRoles.Administrator))
            .AddPolicy(ApiPolicies.Me, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(PortalRoles.EndUser));
        return services;
    }

    /// <summary>True for a request to the API (its own authentication; cookies are not read there).</summary>
    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments(ApiEndpoints.Base, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the principal was authenticated by the API's scheme (not a cookie).</summary>
    public static bool IsApiCaller(System.Security.Claims.ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, AuthenticationType: Scheme };

    /// <summary>The user id and password of a Basic header's parameter (base64 of UTF-8 "user:password"), or null.</summary>
    public static (string User, string Password)? BasicCredentials(string? parameter)
    {
        if (string.IsNullOrEmpty(parameter) || parameter.Length > 4096)
        {
            return null;
        }

        var bytes = new byte[parameter.Length];
        if (!Convert.TryFromBase64String(parameter, bytes, out var length))
        {
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : (text[..colon], text[(colon + 1)..]);
    }

    /// <summary>The user id a request's Basic header names (for the per-user rate limit), or null.</summary>
    public static string? BasicUserOf(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            ? BasicCredentials(header.Parameter)?.User ?? ""
            : null;
}
