using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// The signed-in user of an interactive page (a Blazor circuit), re-checked every minute: when the session ended
/// (signed out elsewhere, password changed or reset, Self Care disabled) the page turns signed-out, so its layout
/// sends it to the sign-in page and the store's guard refuses its changes.
/// </summary>
public sealed class PortalAuthenticationStateProvider(ILoggerFactory logging, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(logging)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await SignedInSessions.IsCurrentAsync(scope.ServiceProvider, authenticationState.User, cancellationToken);
    }
}
