using System.Security.Claims;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// Whether a sign-in cookie still stands for a live session. A session is the account's security stamp at sign-in:
/// sign-out, a password change or reset renew the stamp and disabling Self Care deletes the account, so every cookie
/// issued before (a copied one too) stops opening pages on its next request, not 30 minutes later.
/// </summary>
public static class SignedInSessions
{
    /// <summary>The cookie's check on every request: one look-up of the account's stamp, then Identity's own periodic refresh.</summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (!await IsCurrentAsync(services, context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>True while the principal's account exists and its security stamp is the one the principal carries.</summary>
    public static async Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal? principal, CancellationToken cancellation = default)
    {
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || principal.FindFirstValue(stampClaim) is not { } stamp)
        {
            return false;
        }

        // A context of its own, disposed at once, not the scope's: a request's scoped context lives as long as the
        // request, and the request that carries a Blazor circuit's WebSocket lives as long as the tab (it held ~35 KB
        // in every open tab, decision 024 round 4).
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellation);
        var current = await db.Users.AsNoTracking().Where(a => a.Id == id).Select(a => a.SecurityStamp).SingleOrDefaultAsync(cancellation);
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
