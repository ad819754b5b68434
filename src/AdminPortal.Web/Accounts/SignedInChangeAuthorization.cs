using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using AdminPortal.Web.Api;
using Microsoft.AspNetCore.Components.Authorization;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// The server's guard behind every save and delete. An API request answers from its own principal (channel Api,
/// with the token's name): an Administrator or a read-write token may change the configuration, an end user their
/// own objects (the service checks the ownership), a Read-Only Administrator or a read-only token may not. Otherwise
/// the signed-in user of the page answers: an administrator may change the configuration (channel Page), an end user
/// their own objects (channel Self Care), a read-only administrator or nobody may not.
/// </summary>
public sealed class SignedInChangeAuthorization(AuthenticationStateProvider authentication, IHttpContextAccessor http) : IChangeAuthorization
{
    public async Task<ChangeActor> ActorAsync(CancellationToken cancellation = default)
    {
        // Only a principal the API's own scheme made counts: a page's circuit never carries one.
        if (http.HttpContext?.User is { } caller && ApiAuthentication.IsApiCaller(caller))
        {
            return new ChangeActor(caller.Identity!.Name ?? "", ChangeChannel.Api,
                MayChange: caller.IsInRole(PortalRoles.Administrator) || caller.IsInRole(PortalRoles.EndUser),
                TokenName: caller.FindFirst(ApiAuthentication.TokenClaim)?.Value);
        }

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
