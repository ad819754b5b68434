using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Components.Authorization;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// The server's guard behind every save and delete on the pages: an administrator may change the configuration
/// (channel Page), an end user may change their own objects (channel Self Care; the service checks the ownership), a
/// read-only administrator or nobody may not.
/// </summary>
public sealed class SignedInChangeAuthorization(AuthenticationStateProvider authentication) : IChangeAuthorization
{
    public async Task<ChangeActor> ActorAsync(CancellationToken cancellation = default)
    {
        var user = await PortalAccounts.CurrentUserAsync(authentication);
        if (user.Identity is not { IsAuthenticated: true, Name: { } account })
        {
            return ChangeActor.Nobody;
        }

        return user.IsInRole(PortalRoles.EndUser)
            ? new ChangeActor(account, ChangeChannel.SelfCare, MayChange: true)
            : new ChangeActor(account, ChangeChannel.Page, MayChange: user.IsInRole(PortalRoles.Administrator));
    }
}
