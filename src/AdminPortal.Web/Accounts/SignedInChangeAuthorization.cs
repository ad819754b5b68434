using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Components.Authorization;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// The server's guard behind every save and delete: an administrator may change the configuration, an end user
/// may change their own objects (Self Care checks the ownership), a read-only administrator or nobody may not.
/// </summary>
public sealed class SignedInChangeAuthorization(AuthenticationStateProvider authentication) : IChangeAuthorization
{
    public async Task<bool> MayChangeAsync(CancellationToken cancellation = default)
    {
        var user = await PortalAccounts.CurrentUserAsync(authentication);
        return user.IsInRole(PortalRoles.Administrator) || user.IsInRole(PortalRoles.EndUser);
    }
}
