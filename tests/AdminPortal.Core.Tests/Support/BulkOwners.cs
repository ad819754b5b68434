using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Support;

/// <summary>
/// Owners for a large import: end users with a remote destination profile each and no destination, written in bulk
/// (not through the store, which would take minutes for thousands), and the import rows that fill them up.
/// </summary>
public static class BulkOwners
{
    public const string Prefix = "owner";

    /// <summary>Adds <paramref name="users"/> users (and profiles) on a new device pool.</summary>
    public static async Task SeedAsync(IDbContextFactory<PortalDbContext> contexts, int users, int limit, int perUser = 10)
    {
        await LargeCluster.SeedAsync(contexts, 0, Prefix);
        await using var db = await contexts.CreateDbContextAsync();
        var poolId = await db.DevicePools.Where(p => p.Name == $"{Prefix}_DP").Select(p => p.Id).SingleAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var u = 0; u < users; u++)
        {
            var user = new EndUser { UserId = UserId(u * perUser, perUser), LastName = "Owner", EnableMobility = true, RemoteDestinationLimit = limit };
            db.EndUsers.Add(user);
            db.RemoteDestinationProfiles.Add(new RemoteDestinationProfile { Name = $"{user.UserId}_RDP", User = user, DevicePoolId = poolId });
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }

    /// <summary>The i-th import row: owners take <paramref name="perUser"/> destinations each, numbers +1 650 5xx xxxx.</summary>
    public static AxlRemoteDestination Destination(int i, int perUser = 10)
    {
        var owner = UserId(i, perUser);
        var number = $"+1650{5_000_000 + i:D7}";
        return new AxlRemoteDestination { Name = $"import {i}", Destination = number, OwnerUserId = owner, RemoteDestinationProfileName = $"{owner}_RDP" };
    }

    private static string UserId(int i, int perUser) => $"{Prefix}{i / perUser:D5}";
}
