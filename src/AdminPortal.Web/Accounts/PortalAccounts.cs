using System.Security.Claims;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdminPortal.Web.Accounts;

/// <summary>Sign-in for the portal: ASP.NET Core Identity in the portal's database, cookies, roles and policies.</summary>
public static class PortalAccounts
{
    public const string SignInPath = "/account/signin";

    /// <summary>Failed sign-ins that lock an account, and for how long (the README and the sign-in message say the same).</summary>
    public const int MaxFailedSignIns = 5;

    public const int LockoutMinutes = 15;

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
            cookie.Events.OnValidatePrincipal = SignedInSessions.ValidatePrincipalAsync;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(PortalRoles.AdministrationPolicy, policy => policy.RequireRole(PortalRoles.Administrator, PortalRoles.ReadOnlyAdministrator))
            .AddPolicy(PortalRoles.SelfCarePolicy, policy => policy.RequireRole(PortalRoles.EndUser));
        // An open page (a Blazor circuit) re-checks its session too: after sign-out elsewhere, a password change or
        // a disabled account it turns signed-out, and the store's guard refuses its changes.
        services.AddScoped<AuthenticationStateProvider, PortalAuthenticationStateProvider>();
        services.AddScoped<IChangeAuthorization, SignedInChangeAuthorization>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<SignInAttempts>();
        services.AddSignInThrottling();
        services.AddScoped<AccountBootstrap>();
        services.AddScoped<ISelfCareUser, SelfCareUser>();
        services.AddScoped<SelfCareSignIns>();
        services.AddScoped<PasswordChange>();
        services.AddScoped<Core.SelfCare.SelfCareService>();
        return services;
    }

    /// <summary>The shortest password an account or Self Care sign-in takes.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>The password policy as the pages state it.</summary>
    public static readonly string PasswordRule = $"{MinPasswordLength} or more characters with upper and lower case and a digit";

    /// <summary>Password policy (<see cref="PasswordRule"/>) and lockout (<see cref="MaxFailedSignIns"/> failures, <see cref="LockoutMinutes"/> minutes).</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(LockoutMinutes);
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
