using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>What the End User page reads besides the user itself.</summary>
public sealed class EndUserQueries(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<UserAssociations> AssociationsAsync(int userId, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return new(
            await db.Phones.Where(p => p.OwnerId == userId).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellation),
            await db.RemoteDestinationProfiles.Where(p => p.UserId == userId).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellation),
            await db.RemoteDestinations.Where(r => r.OwnerId == userId).OrderBy(r => r.Name).Select(RemoteDestinationQueries.AsChoice).ToListAsync(cancellation),
            await db.AccessLists.Where(a => a.OwnerId == userId).OrderBy(a => a.Name).Select(a => new Choice(a.Id, a.Name)).ToListAsync(cancellation));
    }
}
