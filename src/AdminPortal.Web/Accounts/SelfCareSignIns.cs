using AdminPortal.Core.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// Self Care sign-in of one End User, as the End User page manages it: enabled = an account with the End User's user
/// id as user name and the End User role; disabled = no account (so no sign-in). Only administrators may change it.
/// </summary>
public sealed class SelfCareSignIns(UserManager<PortalAccount> accounts, AccountBootstrap bootstrap, AuthenticationStateProvider authentication)
{
    public async Task<bool> IsEnabledAsync(int endUserId) => await FindAsync(endUserId) is not null;

    /// <summary>Enables sign-in with the password, or sets a new password when it is enabled. Returns the refusals.</summary>
    public async Task<IReadOnlyList<string>> SetPasswordAsync(int endUserId, string userId, string password)
    {
        if (!await MayManageAsync())
        {
            return [Core.Data.ConfigurationStore.ReadOnlyMessage];
        }

        var account = await FindAsync(endUserId);
        if (account is null)
        {
            var check = await new PasswordValidator<PortalAccount>().ValidateAsync(accounts, new PortalAccount { UserName = userId }, password);
            if (!check.Succeeded)
            {
                return [.. check.Errors.Select(e => e.Description)];
            }

            await bootstrap.CreateAsync(userId, password, PortalRoles.EndUser);
            return [];
        }

        var token = await accounts.GeneratePasswordResetTokenAsync(account);
        var result = await accounts.ResetPasswordAsync(account, token, password);
        if (result.Succeeded)
        {
            await accounts.SetLockoutEndDateAsync(account, null);
            await accounts.ResetAccessFailedCountAsync(account);
        }

        return [.. result.Errors.Select(e => e.Description)];
    }

    /// <summary>Removes the account: the user can no longer sign in.</summary>
    public async Task<IReadOnlyList<string>> DisableAsync(int endUserId)
    {
        if (!await MayManageAsync())
        {
            return [Core.Data.ConfigurationStore.ReadOnlyMessage];
        }

        return await FindAsync(endUserId) is { } account ? [.. (await accounts.DeleteAsync(account)).Errors.Select(e => e.Description)] : [];
    }

    private Task<PortalAccount?> FindAsync(int endUserId) => accounts.Users.FirstOrDefaultAsync(a => a.EndUserId == endUserId);

    private async Task<bool> MayManageAsync() => PortalAccounts.MayAdminister(await PortalAccounts.CurrentUserAsync(authentication));
}
