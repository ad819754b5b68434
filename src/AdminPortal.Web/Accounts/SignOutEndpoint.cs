using AdminPortal.Core.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// Sign-out: a POST with the antiforgery token (a form field), then back to the sign-in page. It ends the session
/// for good: the account's security stamp is renewed, so a copy of the cookie no longer opens anything either
/// (which also signs the account out of its other browsers). Without a valid token: 400, nothing changes.
/// </summary>
public static class SignOutEndpoint
{
    public const string Path = "/account/signout";

    public const string MissingTokenMessage = "The sign-out form's security token is missing or expired. Reload the page and sign out again.";

    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async (HttpContext context, IAntiforgery antiforgery, SignInManager<PortalAccount> signIns, UserManager<PortalAccount> accounts) =>
        {
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Sign-out refused", detail: MissingTokenMessage);
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (await accounts.GetUserAsync(context.User) is { } account)
            {
                await accounts.UpdateSecurityStampAsync(account);
            }

            await signIns.SignOutAsync();
            return Results.LocalRedirect(PortalAccounts.LocalOr(form["returnUrl"], PortalAccounts.SignInPath));
        }).DisableAntiforgery(); // Checked above, with a 400 of its own (binding the form made a missing token a 500).
        return app;
    }
}
