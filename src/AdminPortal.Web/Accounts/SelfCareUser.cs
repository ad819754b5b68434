using System.Security.Claims;
using AdminPortal.Core.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace AdminPortal.Web.Accounts;

/// <summary>The signed-in end user's End User id, read from their account (never from a URL or a form).</summary>
public sealed class SelfCareUser(AuthenticationStateProvider authentication, UserManager<PortalAccount> accounts) : ISelfCareUser
{
    public async Task<int?> EndUserIdAsync()
    {
        var user = await PortalAccounts.CurrentUserAsync(authentication);
        if (!user.IsInRole(PortalRoles.EndUser) || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        return (await accounts.FindByIdAsync(id))?.EndUserId;
    }
}
