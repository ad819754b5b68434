using System.Collections.Concurrent;
using AdminPortal.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AdminPortal.Web.Tests.Support;

/// <summary>
/// Identity's own password hasher, counting each check by the hash it was checked against: how many guesses were
/// really evaluated against an account, and whether an unknown user cost the same hashing work.
/// </summary>
public sealed class CountingPasswordHasher : IPasswordHasher<PortalAccount>
{
    private readonly PasswordHasher<PortalAccount> _hasher = new();
    private readonly ConcurrentDictionary<string, int> _checks = new(StringComparer.Ordinal);

    public string HashPassword(PortalAccount user, string password) => _hasher.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(PortalAccount user, string hashedPassword, string providedPassword)
    {
        _checks.AddOrUpdate(hashedPassword, 1, (_, count) => count + 1);
        return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }

    /// <summary>Checks made against this hash.</summary>
    public int ChecksAgainst(string hash) => _checks.GetValueOrDefault(hash);

    /// <summary>Checks made against any hash.</summary>
    public int AllChecks => _checks.Values.Sum();
}
