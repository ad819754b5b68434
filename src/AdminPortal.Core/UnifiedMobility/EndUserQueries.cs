using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>What the End User page reads besides the user itself, and the owner pickers' look-ups.</summary>
public sealed class EndUserQueries(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>
    /// The most users an owner picker lists at once. A cluster has up to 40,000 destinations and thousands of users:
    /// a picker that listed them all kept thousands of components in every open tab (decision 019).
    /// </summary>
    public const int PickerLimit = 50;

    /// <summary>Users whose user ID contains <paramref name="text"/> (all when empty), in order, at most <see cref="PickerLimit"/>.</summary>
    public async Task<IReadOnlyList<Choice>> SearchAsync(string? text, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var users = db.EndUsers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            users = users.Where(u => u.UserId.Contains(term));
        }

        return await users.OrderBy(u => u.UserId).Take(PickerLimit).Select(u => new Choice(u.Id, u.UserId)).ToListAsync(cancellation);
    }

    /// <summary>The picker's entry for one user, or null when it does not exist.</summary>
    public async Task<Choice?> ChoiceAsync(int userId, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.EndUsers.Where(u => u.Id == userId).Select(u => new Choice(u.Id, u.UserId)).SingleOrDefaultAsync(cancellation);
    }

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
