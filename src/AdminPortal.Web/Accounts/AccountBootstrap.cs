using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Accounts;

/// <summary>
/// The roles, and the first administrator on a fresh database: from <c>Bootstrap:AdminUser</c> /
/// <c>Bootstrap:AdminPassword</c> (environment <c>Bootstrap__AdminUser</c> / <c>Bootstrap__AdminPassword</c>), or, in
/// demo mode, the demo accounts the README lists. Without either the portal refuses to start, saying why.
/// </summary>
public sealed class AccountBootstrap(
    UserManager<PortalAccount> accounts, RoleManager<IdentityRole> roles, PortalDbContext db, IConfiguration configuration, ILogger<AccountBootstrap> logger)
{
    public const string NoAdministratorMessage =
        "No administrator account exists and none is configured. Set Bootstrap:AdminUser and Bootstrap:AdminPassword " +
        "(environment variables Bootstrap__AdminUser and Bootstrap__AdminPassword) for the first start, or DemoData:Enabled=true for the demo accounts.";

    /// <summary>The demo accounts (demo mode only): user name, password, role, and the End User of an end user's account.</summary>
    public static IReadOnlyList<(string UserName, string Password, string Role)> DemoAccounts { get; } =
    [
        ("admin", "Mobility-Admin-1", PortalRoles.Administrator),
        ("auditor", "Mobility-Audit-1", PortalRoles.ReadOnlyAdministrator),
        ("jsmith", "Mobility-User-1", PortalRoles.EndUser),
        ("mgarcia", "Mobility-User-1", PortalRoles.EndUser),
    ];

    public async Task EnsureAsync(CancellationToken cancellation = default)
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        if ((await accounts.GetUsersInRoleAsync(PortalRoles.Administrator)).Count > 0)
        {
            return;
        }

        if (configuration["Bootstrap:AdminUser"] is { Length: > 0 } user && configuration["Bootstrap:AdminPassword"] is { Length: > 0 } password)
        {
            await CreateAsync(user, password, PortalRoles.Administrator, cancellation);
            logger.LogInformation("Created the first administrator {User} from the Bootstrap settings.", user);
            return;
        }

        if (!configuration.GetValue("DemoData:Enabled", false))
        {
            throw new InvalidOperationException(NoAdministratorMessage);
        }

        foreach (var (userName, demoPassword, role) in DemoAccounts)
        {
            await CreateAsync(userName, demoPassword, role, cancellation);
        }

        logger.LogInformation("Created the demo accounts (see the README).");
    }

    /// <summary>Creates an account; an end user's is linked to the End User with the same user id.</summary>
    public async Task<PortalAccount> CreateAsync(string userName, string password, string role, CancellationToken cancellation = default)
    {
        var endUser = role == PortalRoles.EndUser
            ? await db.EndUsers.Where(u => u.UserId == userName).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellation)
            : null;
        var account = new PortalAccount { UserName = userName, EndUserId = endUser };
        Check(await accounts.CreateAsync(account, password), $"account {userName}");
        Check(await accounts.AddToRoleAsync(account, role), $"role of {userName}");
        return account;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
