using System.Linq.Expressions;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>What the Remote Destination page reads besides the destination itself.</summary>
public sealed class RemoteDestinationQueries(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>A destination as a link: "name (number)".</summary>
    public static readonly Expression<Func<RemoteDestination, Choice>> AsChoice = r => new Choice(r.Id, r.Name + " (" + r.DestinationNumber + ")");

    /// <summary>"Add a New Remote Destination" from a profile: its owner, the profile and its lines filled in.</summary>
    public async Task StartFromProfileAsync(RemoteDestination destination, int profileId, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var profile = await db.RemoteDestinationProfiles.AsNoTracking().Where(p => p.Id == profileId)
            .Select(p => new { p.Id, p.UserId, Lines = p.Lines.OrderBy(l => l.LineIndex).Select(l => l.DirectoryNumberId).ToList() })
            .SingleOrDefaultAsync(cancellation);
        if (profile is not null)
        {
            destination.OwnerId = profile.UserId;
            destination.RemoteDestinationProfileId = profile.Id;
            destination.Lines = [.. profile.Lines.Select(id => new RemoteDestinationLine { DirectoryNumberId = id })];
        }
    }

    /// <summary>"Add a New Mobility Identity" from a dual-mode phone: the device and its owner filled in, Mobile Phone on.</summary>
    public async Task StartMobilityIdentityAsync(RemoteDestination destination, int deviceId, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var device = await db.Phones.AsNoTracking().Where(p => p.Id == deviceId).Select(p => new { p.Id, p.OwnerId }).SingleOrDefaultAsync(cancellation);
        if (device is not null)
        {
            destination.DualModeDeviceId = device.Id;
            destination.OwnerId = device.OwnerId ?? 0;
            destination.IsMobilePhone = true;
        }
    }

    public async Task<OwnerChoices> OwnerChoicesAsync(int ownerId, int? profileId, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var lists = await db.AccessLists.Where(a => a.OwnerId == ownerId).OrderBy(a => a.Name)
            .Select(a => new { Choice = new Choice(a.Id, a.Name), a.IsAllowedType }).ToListAsync(cancellation);
        return new OwnerChoices(
            Profiles: await db.RemoteDestinationProfiles.Where(p => p.UserId == ownerId).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellation),
            DualModeDevices: await db.Phones.Where(p => p.OwnerId == ownerId).Where(DualModeSmartphones.Phone)
                .OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellation),
            AllowedLists: [.. lists.Where(l => l.IsAllowedType).Select(l => l.Choice)],
            BlockedLists: [.. lists.Where(l => !l.IsAllowedType).Select(l => l.Choice)],
            ProfileLines: await db.RemoteDestinationProfileLines.Where(l => l.RemoteDestinationProfileId == profileId).OrderBy(l => l.LineIndex)
                .Select(l => new Choice(l.DirectoryNumberId, l.DirectoryNumber!.Pattern)).ToListAsync(cancellation));
    }

    /// <summary>The remote destinations on a profile, for its "Associated Remote Destinations".</summary>
    public async Task<IReadOnlyList<Choice>> OfProfileAsync(int profileId, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.RemoteDestinations.Where(r => r.RemoteDestinationProfileId == profileId).OrderBy(r => r.Name).Select(AsChoice).ToListAsync(cancellation);
    }

    /// <summary>The mobility identity of a dual-mode phone, if it has one.</summary>
    public async Task<Choice?> MobilityIdentityOfAsync(int phoneId, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.RemoteDestinations.Where(r => r.DualModeDeviceId == phoneId).Select(AsChoice).FirstOrDefaultAsync(cancellation);
    }
}
