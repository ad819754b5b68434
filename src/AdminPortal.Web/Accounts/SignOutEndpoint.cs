using AdminPortal.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AdminPortal.Web.Accounts;

/// <summary>Sign-out: a POST with the antiforgery token (a form field), then back to the sign-in page.</summary>
public static class SignOutEndpoint
{
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/signout", async (SignInManager<PortalAccount> signIns, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            await signIns.SignOutAsync();
            return Results.LocalRedirect(PortalAccounts.LocalOr(returnUrl, PortalAccounts.SignInPath));
        });
        return app;
    }
}
