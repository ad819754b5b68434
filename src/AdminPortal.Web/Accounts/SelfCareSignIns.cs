using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// Self Care sign-in of one End User, as the End User page manages it: enabled = an account with the End User's user
/// id as user name and the End User role; disabled = no account (so no sign-in). Only administrators may change it.
/// Each change writes its audit entry (channel Account, the password masked) in the same transaction as the account's
/// rows: <paramref name="db"/> is the context Identity's stores write through.
/// </summary>
public sealed class SelfCareSignIns(
    UserManager<PortalAccount> accounts,
    AccountBootstrap bootstrap,
    AuthenticationStateProvider authentication,
    PortalDbContext db,
    IChangeAuthorization changes)
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

            await using var creating = await db.Database.BeginTransactionAsync();
            await bootstrap.CreateAsync(userId, password, PortalRoles.EndUser);
            await RecordAsync(AuditAction.Create, userId, [new("selfCareSignIn", "disabled", "enabled"), new("password", null, AuditTrail.Masked)]);
            await creating.CommitAsync();
            return [];
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var token = await accounts.GeneratePasswordResetTokenAsync(account);
        var result = await accounts.ResetPasswordAsync(account, token, password);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        await accounts.SetLockoutEndDateAsync(account, null);
        await accounts.ResetAccessFailedCountAsync(account);
        await RecordAsync(AuditAction.Update, userId, [new("password", AuditTrail.Masked, AuditTrail.Masked)]);
        await transaction.CommitAsync();
        return [];
    }

    /// <summary>Removes the account: the user can no longer sign in.</summary>
    public async Task<IReadOnlyList<string>> DisableAsync(int endUserId)
    {
        if (!await MayManageAsync())
        {
            return [Core.Data.ConfigurationStore.ReadOnlyMessage];
        }

        if (await FindAsync(endUserId) is not { } account)
        {
            return [];
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await accounts.DeleteAsync(account);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        await RecordAsync(AuditAction.Delete, account.UserName ?? "", [new("selfCareSignIn", "enabled", "disabled")]);
        await transaction.CommitAsync();
        return [];
    }

    private async Task RecordAsync(AuditAction action, string userId, IReadOnlyList<AuditChange> changed)
    {
        var actor = await changes.ActorAsync();
        db.AuditEntries.Add(AuditTrail.AccountEntry(actor, action, AccountObjects.PortalAccount, userId, changed, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    private Task<PortalAccount?> FindAsync(int endUserId) => accounts.Users.FirstOrDefaultAsync(a => a.EndUserId == endUserId);

    private async Task<bool> MayManageAsync() => PortalAccounts.MayAdminister(await PortalAccounts.CurrentUserAsync(authentication));
}
