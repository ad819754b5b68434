using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Components.Pages.Admin.UnifiedMobility;

/// <summary>What belongs to one end user, for the links on the End User page.</summary>
public sealed record UserAssociations(
    IReadOnlyList<Choice> Phones,
    IReadOnlyList<Choice> Profiles,
    IReadOnlyList<Choice> Destinations,
    IReadOnlyList<Choice> AccessLists)
{
    public static async Task<UserAssociations> LoadAsync(IDbContextFactory<PortalDbContext> contexts, int userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return new(
            await db.Phones.Where(p => p.OwnerId == userId).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(),
            await db.RemoteDestinationProfiles.Where(p => p.UserId == userId).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(),
            await db.RemoteDestinations.Where(r => r.OwnerId == userId).OrderBy(r => r.Name)
                .Select(r => new Choice(r.Id, r.Name + " (" + r.DestinationNumber + ")")).ToListAsync(),
            await db.AccessLists.Where(a => a.OwnerId == userId).OrderBy(a => a.Name).Select(a => new Choice(a.Id, a.Name)).ToListAsync());
    }
}
