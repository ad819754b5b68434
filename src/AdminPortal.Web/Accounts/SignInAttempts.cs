using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// Password sign-in with a lockout that holds under parallel attempts and says nothing about which accounts exist.
/// Each guess first claims one of the account's <see cref="PortalAccounts.MaxFailedSignIns"/> tries in the database
/// (a compare-and-swap on the row, so parallel attempts on one or several instances cannot all see "4 failures so
/// far"); the claim that uses the last try locks the account before any of those passwords is even checked. Only a
/// claimed guess is checked against the account's hash. Unknown user ids, locked accounts and wrong passwords get the
/// same answer after the same password-hashing work.
/// </summary>
public sealed class SignInAttempts(
    UserManager<PortalAccount> accounts, SignInManager<PortalAccount> signIns, IPasswordHasher<PortalAccount> hasher,
    PortalDbContext db, IOptions<IdentityOptions> identity, TimeProvider time)
{
    public static readonly string RefusedMessage =
        $"The user ID or password is not right, or the account is locked. After {PortalAccounts.MaxFailedSignIns} failed sign-ins an account is locked for {PortalAccounts.LockoutMinutes} minutes.";

    // A hash of a random password made by the accounts' own hasher (same algorithm and iteration count): checking a
    // guess against it costs what checking a real account's costs, and never matches.
    private static string? _placeholderHash;

    /// <summary>Signs in and returns the account, or returns null (<see cref="RefusedMessage"/>), whatever the reason.</summary>
    public async Task<PortalAccount?> SignInAsync(string userName, string password, CancellationToken cancellation = default)
    {
        var account = await CheckPasswordAsync(userName, password, cancellation);
        if (account is not null)
        {
            await signIns.SignInAsync(account, isPersistent: false);
        }

        return account;
    }

    /// <summary>
    /// The account when the password is right, with the same tries and lockout as the sign-in page, but no cookie:
    /// what the API's HTTP Basic authentication checks on each request. Null whatever the reason.
    /// </summary>
    public async Task<PortalAccount?> CheckPasswordAsync(string userName, string password, CancellationToken cancellation = default)
    {
        var account = await accounts.FindByNameAsync(userName);
        var guess = account is null ? null : await ClaimTryAsync(account.Id, cancellation);
        if (account?.PasswordHash is null || guess is null)
        {
            SpendOnPlaceholder(password);
            return null;
        }

        if (hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            // The claimed try stays counted: that is the failure.
            return null;
        }

        await ForgiveAsync(account.Id, guess.Value, cancellation);
        return account;
    }

    /// <summary>
    /// Counts one try against the account; null when it is locked (no try left). Returns when this try locked it
    /// (the try that used the last one), or <see cref="DateTimeOffset.MinValue"/> when it did not.
    /// </summary>
    private async Task<DateTimeOffset?> ClaimTryAsync(string id, CancellationToken cancellation)
    {
        var lockout = identity.Value.Lockout;
        while (true)
        {
            var now = time.GetUtcNow();
            var row = await db.Users.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new { a.AccessFailedCount, a.LockoutEnd, a.LockoutEnabled, a.ConcurrencyStamp })
                .SingleOrDefaultAsync(cancellation);
            if (row is null || row.LockoutEnd > now)
            {
                return null;
            }

            var failures = row.AccessFailedCount + 1;
            var locks = row.LockoutEnabled && failures >= lockout.MaxFailedAccessAttempts;
            // Whole seconds: PostgreSQL keeps microseconds, and ForgiveAsync compares the value it reads back.
            var lockedUntil = WholeSeconds(now + lockout.DefaultLockoutTimeSpan);
            var claimed = await db.Users.Where(a => a.Id == id && a.ConcurrencyStamp == row.ConcurrencyStamp).ExecuteUpdateAsync(set => set
                .SetProperty(a => a.AccessFailedCount, locks ? 0 : failures)
                .SetProperty(a => a.LockoutEnd, locks ? lockedUntil : row.LockoutEnd)
                .SetProperty(a => a.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellation);
            if (claimed == 1)
            {
                return locks ? lockedUntil : DateTimeOffset.MinValue;
            }

            // Another attempt changed the row between the read and the write: read again.
        }
    }

    /// <summary>A right password: the failures so far are forgiven (as Identity does), and a lockout this very try started is lifted.</summary>
    private async Task ForgiveAsync(string id, DateTimeOffset lockedByThisTry, CancellationToken cancellation)
    {
        while (true)
        {
            var row = await db.Users.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.LockoutEnd, a.ConcurrencyStamp }).SingleOrDefaultAsync(cancellation);
            if (row is null)
            {
                return;
            }

            var lockoutEnd = row.LockoutEnd == lockedByThisTry ? null : row.LockoutEnd;
            var forgiven = await db.Users.Where(a => a.Id == id && a.ConcurrencyStamp == row.ConcurrencyStamp).ExecuteUpdateAsync(set => set
                .SetProperty(a => a.AccessFailedCount, 0)
                .SetProperty(a => a.LockoutEnd, lockoutEnd)
                .SetProperty(a => a.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellation);
            if (forgiven == 1)
            {
                return;
            }
        }
    }

    private void SpendOnPlaceholder(string password)
    {
        var placeholder = new PortalAccount();
        var hash = _placeholderHash ??= hasher.HashPassword(placeholder, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        _ = hasher.VerifyHashedPassword(placeholder, hash, password);
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
