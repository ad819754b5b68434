using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>The validator's questions answered from the database (a form, or the save path inside its transaction).</summary>
public sealed class StoredDestinationFacts(PortalDbContext db) : IDestinationFacts
{
    public Task<bool> NumberTakenAsync(int id, string number, CancellationToken cancellation) =>
        db.RemoteDestinations.AnyAsync(o => o.Id != id && o.DestinationNumber == number, cancellation);

    public Task<bool> IsDirectoryNumberAsync(string number, CancellationToken cancellation) =>
        db.DirectoryNumbers.AnyAsync(d => d.Pattern == number, cancellation);

    public async Task<(CallerIdMatching Matching, int Digits)> CallerIdMatchingAsync(CancellationToken cancellation)
    {
        var settings = await db.ClusterMobilitySettings.AsNoTracking()
            .Select(s => new { s.MatchingCallerIdWithRemoteDestination, s.PartialMatchDigits }).SingleAsync(cancellation);
        return (settings.MatchingCallerIdWithRemoteDestination, settings.PartialMatchDigits);
    }

    public Task<string?> PartialMatchOtherAsync(int id, string key, CancellationToken cancellation) =>
        db.RemoteDestinations.Where(o => o.Id != id && o.PartialMatchKey == key).Select(o => o.DestinationNumber).FirstOrDefaultAsync(cancellation);

    public Task<int> StoredCountAsync(CancellationToken cancellation) => ClusterGuard.RemoteDestinationCountAsync(db, cancellation);

    public async Task<(string UserId, int Limit)?> OwnerAsync(int ownerId, CancellationToken cancellation) =>
        await db.EndUsers.Where(u => u.Id == ownerId).Select(u => new { u.UserId, u.RemoteDestinationLimit }).SingleOrDefaultAsync(cancellation) is { } owner
            ? (owner.UserId, owner.RemoteDestinationLimit)
            : null;

    public async Task<(int OwnerId, int? DualModeDeviceId)?> StoredAsync(int id, CancellationToken cancellation) =>
        id == 0 ? null
            : await db.RemoteDestinations.Where(o => o.Id == id).Select(o => new { o.OwnerId, o.DualModeDeviceId }).SingleOrDefaultAsync(cancellation) is { } stored
                ? (stored.OwnerId, stored.DualModeDeviceId)
                : null;

    public Task<int> OwnerDestinationCountAsync(int ownerId, int exceptId, CancellationToken cancellation) =>
        db.RemoteDestinations.CountAsync(o => o.OwnerId == ownerId && o.DualModeDeviceId == null && o.Id != exceptId, cancellation);

    public Task<bool> UserExistsAsync(int id, CancellationToken cancellation) => db.EndUsers.AnyAsync(u => u.Id == id, cancellation);

    public Task<bool> ProfileOfOwnerAsync(int profileId, int ownerId, CancellationToken cancellation) =>
        db.RemoteDestinationProfiles.AnyAsync(p => p.Id == profileId && p.UserId == ownerId, cancellation);

    public Task<bool> IsDualModeSmartphoneAsync(int phoneId, CancellationToken cancellation) =>
        db.Phones.Where(p => p.Id == phoneId).AnyAsync(DualModeSmartphones.Phone, cancellation);

    public Task<bool> MobilityProfileExistsAsync(int id, CancellationToken cancellation) => db.MobilityProfiles.AnyAsync(m => m.Id == id, cancellation);

    public Task<bool> AccessListFitsAsync(int id, int ownerId, bool allowed, CancellationToken cancellation) =>
        db.AccessLists.AnyAsync(a => a.Id == id && a.OwnerId == ownerId && a.IsAllowedType == allowed, cancellation);

    public Task<bool> DirectoryNumberExistsAsync(int id, CancellationToken cancellation) => db.DirectoryNumbers.AnyAsync(d => d.Id == id, cancellation);
}
