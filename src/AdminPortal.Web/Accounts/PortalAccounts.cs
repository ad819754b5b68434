using System.Security.Claims;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace AdminPortal.Web.Accounts;

/// <summary>Sign-in for the portal: ASP.NET Core Identity in the portal's database, cookies, roles and policies.</summary>
public static class PortalAccounts
{
    public const string SignInPath = "/account/signin";

    public static IServiceCollection AddPortalAccounts(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<PortalAccount>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "MobilityPortal.Auth";
            cookie.Cookie.HttpOnly = true;
            // Secure whenever the request is (behind TLS); compose serves plain HTTP on 8080 for a first look.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(PortalRoles.AdministrationPolicy, policy => policy.RequireRole(PortalRoles.Administrator, PortalRoles.ReadOnlyAdministrator))
            .AddPolicy(PortalRoles.SelfCarePolicy, policy => policy.RequireRole(PortalRoles.EndUser));
        services.AddScoped<IChangeAuthorization, SignedInChangeAuthorization>();
        services.AddScoped<AccountBootstrap>();
        services.AddScoped<ISelfCareUser, SelfCareUser>();
        services.AddScoped<SelfCareSignIns>();
        services.AddScoped<Core.SelfCare.SelfCareService>();
        return services;
    }

    /// <summary>Password policy (10+ characters, upper and lower case, a digit) and lockout (5 failures, 15 minutes).</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
    }

    /// <summary>
    /// The signed-in user of the current request or circuit; nobody (an anonymous principal) where none is known,
    /// such as a background task: then no change is allowed.
    /// </summary>
    public static async Task<ClaimsPrincipal> CurrentUserAsync(AuthenticationStateProvider authentication)
    {
        try
        {
            return (await authentication.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
    }

    /// <summary>
    /// <paramref name="returnUrl"/> when it is an address of this portal ("/x", not "//host" or "/\host"), else
    /// <paramref name="fallback"/>: a sign-in or sign-out link must not send anyone elsewhere.
    /// </summary>
    public static string LocalOr(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 1 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : fallback;

    /// <summary>True for a principal that may change the administration pages' configuration.</summary>
    public static bool MayAdminister(ClaimsPrincipal user) => user.IsInRole(PortalRoles.Administrator);
}
