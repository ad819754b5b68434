using System.Security.Claims;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// A signed-in person changes their own password: Identity checks the current one and the policy, the security stamp
/// renews (older cookies stop working), and the audit entry (channel Account, the password masked) is written in the
/// same transaction. <paramref name="db"/> is the context Identity's stores write through.
/// </summary>
public sealed class PasswordChange(UserManager<PortalAccount> accounts, PortalDbContext db)
{
    /// <summary>The refusals (empty when the password was changed), and the changed account for refreshing the sign-in.</summary>
    public async Task<(IReadOnlyList<string> Errors, PortalAccount? Changed)> ChangeAsync(ClaimsPrincipal user, string current, string replacement)
    {
        if (await accounts.GetUserAsync(user) is not { } account)
        {
            return (["Your account no longer exists."], null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await accounts.ChangePasswordAsync(account, current, replacement);
        if (!result.Succeeded)
        {
            return ([.. result.Errors.Select(e => e.Description)], null);
        }

        var actor = new ChangeActor(account.UserName ?? "", ChangeChannel.Account, MayChange: true);
        db.AuditEntries.Add(AuditTrail.AccountEntry(actor, AuditAction.Update, AccountObjects.PortalAccount, actor.Account,
            [new AuditChange("password", AuditTrail.Masked, AuditTrail.Masked)], DateTime.UtcNow));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return ([], account);
    }
}
