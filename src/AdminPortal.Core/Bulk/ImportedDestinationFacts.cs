using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The remote destination validator's questions answered for a bulk import: the configuration's keys read once
/// (numbers, partial-match keys, directory numbers, owners with their limits and counts, profiles, dual-mode
/// smartphones, access lists), then kept up to date with every row accepted, so that each row is judged as if the
/// rows before it were already saved (R2 is the stored count plus the rows added, R3 the owner's count plus theirs,
/// R4/R5 against stored numbers and the file's). Read inside the import's transaction, under the cluster lock.
/// </summary>
internal sealed class ImportedDestinationFacts : IDestinationFacts
{
    private static readonly Task<bool> Yes = Task.FromResult(true);
    private static readonly Task<bool> No = Task.FromResult(false);

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Id, string Number)> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (int OwnerId, int? DualModeDeviceId, string Number)> _stored = [];
    private readonly Dictionary<int, int> _ownerCounts = [];
    private HashSet<string> _directoryNumbers = [];
    private HashSet<int> _directoryNumberIds = [];
    private Dictionary<int, (string UserId, int Limit)> _users = [];
    private Dictionary<int, int> _profileOwners = [];
    private HashSet<int> _smartphones = [];
    private Dictionary<int, int?> _phoneOwners = [];
    private HashSet<int> _mobilityProfiles = [];
    private Dictionary<int, (int OwnerId, bool Allowed)> _accessLists = [];
    private (CallerIdMatching Matching, int Digits) _matching;
    private Task<(CallerIdMatching Matching, int Digits)>? _matchingTask;
    private int _count;
    private int _nextProvisionalId = -1;

    public static async Task<ImportedDestinationFacts> LoadAsync(PortalDbContext db, CancellationToken cancellation)
    {
        var facts = new ImportedDestinationFacts();
        facts._matching = await new StoredDestinationFacts(db).CallerIdMatchingAsync(cancellation);
        facts._count = await ClusterGuard.RemoteDestinationCountAsync(db, cancellation);
        foreach (var d in await db.RemoteDestinations.AsNoTracking()
                     .Select(d => new { d.Id, d.DestinationNumber, d.OwnerId, d.DualModeDeviceId }).ToListAsync(cancellation))
        {
            facts.Add(d.Id, d.DestinationNumber, d.OwnerId, d.DualModeDeviceId);
        }

        facts._directoryNumbers = [.. await db.DirectoryNumbers.AsNoTracking().Select(d => d.Pattern).ToListAsync(cancellation)];
        facts._directoryNumberIds = [.. await db.DirectoryNumbers.AsNoTracking().Select(d => d.Id).ToListAsync(cancellation)];
        facts._users = await db.EndUsers.AsNoTracking().Select(u => new { u.Id, u.UserId, u.RemoteDestinationLimit })
            .ToDictionaryAsync(u => u.Id, u => (u.UserId, u.RemoteDestinationLimit), cancellation);
        facts._profileOwners = await db.RemoteDestinationProfiles.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.UserId, cancellation);
        facts._smartphones = [.. await db.Phones.AsNoTracking().Where(DualModeSmartphones.Phone).Select(p => p.Id).ToListAsync(cancellation)];
        facts._phoneOwners = await db.Phones.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.OwnerId, cancellation);
        facts._mobilityProfiles = [.. await db.MobilityProfiles.AsNoTracking().Select(m => m.Id).ToListAsync(cancellation)];
        facts._accessLists = await db.AccessLists.AsNoTracking().ToDictionaryAsync(a => a.Id, a => (a.OwnerId, a.IsAllowedType), cancellation);
        return facts;
    }

    /// <summary>The partial-match key a destination is stored with under the cluster's current digits.</summary>
    public string PartialMatchKey(string number) => CallerIdKeys.PartialMatchKey(number, _matching.Digits);

    /// <summary>
    /// The owner a row without one means (BAT's remote destination file has no owner column): the profile's user, or
    /// the dual-mode device's owner; 0 when neither says.
    /// </summary>
    public int ImpliedOwner(RemoteDestination destination) =>
        destination.RemoteDestinationProfileId is int profile && _profileOwners.TryGetValue(profile, out var user) ? user
        : destination.DualModeDeviceId is int phone && _phoneOwners.TryGetValue(phone, out var owner) && owner is int deviceOwner ? deviceOwner
        : 0;

    /// <summary>The id of the stored destination with this number; null when none is stored (or only a row of this file has it).</summary>
    public int? StoredIdOf(string number) => _numbers.TryGetValue(number, out var id) && id > 0 ? id : null;

    /// <summary>An accepted row: a new destination gets a provisional (negative) id until it is written.</summary>
    public void Accept(RemoteDestination destination)
    {
        if (destination.Id == 0)
        {
            _count++;
            Add(_nextProvisionalId--, destination.DestinationNumber, destination.OwnerId, destination.DualModeDeviceId);
            return;
        }

        Remove(destination.Id);
        Add(destination.Id, destination.DestinationNumber, destination.OwnerId, destination.DualModeDeviceId);
    }

    /// <summary>An accepted delete of a stored destination.</summary>
    public void Forget(int id)
    {
        if (_stored.ContainsKey(id))
        {
            Remove(id);
            _count--;
        }
    }

    public Task<bool> NumberTakenAsync(int id, string number, CancellationToken cancellation) =>
        _numbers.TryGetValue(number, out var other) && other != id ? Yes : No;

    public Task<bool> IsDirectoryNumberAsync(string number, CancellationToken cancellation) => _directoryNumbers.Contains(number) ? Yes : No;

    public Task<(CallerIdMatching Matching, int Digits)> CallerIdMatchingAsync(CancellationToken cancellation) => _matchingTask ??= Task.FromResult(_matching);

    public Task<string?> PartialMatchOtherAsync(int id, string key, CancellationToken cancellation) =>
        Task.FromResult(_keys.TryGetValue(key, out var other) && other.Id != id ? other.Number : null);

    public Task<int> StoredCountAsync(CancellationToken cancellation) => Task.FromResult(_count);

    public Task<(string UserId, int Limit)?> OwnerAsync(int ownerId, CancellationToken cancellation) =>
        Task.FromResult(_users.TryGetValue(ownerId, out var owner) ? owner : ((string, int)?)null);

    public Task<(int OwnerId, int? DualModeDeviceId)?> StoredAsync(int id, CancellationToken cancellation) =>
        Task.FromResult(id != 0 && _stored.TryGetValue(id, out var stored) ? (stored.OwnerId, stored.DualModeDeviceId) : ((int, int?)?)null);

    public Task<int> OwnerDestinationCountAsync(int ownerId, int exceptId, CancellationToken cancellation)
    {
        var count = _ownerCounts.GetValueOrDefault(ownerId);
        if (exceptId != 0 && _stored.TryGetValue(exceptId, out var except) && except.OwnerId == ownerId && except.DualModeDeviceId is null)
        {
            count--;
        }

        return Task.FromResult(count);
    }

    public Task<bool> UserExistsAsync(int id, CancellationToken cancellation) => _users.ContainsKey(id) ? Yes : No;

    public Task<bool> ProfileOfOwnerAsync(int profileId, int ownerId, CancellationToken cancellation) =>
        _profileOwners.TryGetValue(profileId, out var owner) && owner == ownerId ? Yes : No;

    public Task<bool> IsDualModeSmartphoneAsync(int phoneId, CancellationToken cancellation) => _smartphones.Contains(phoneId) ? Yes : No;

    public Task<bool> MobilityProfileExistsAsync(int id, CancellationToken cancellation) => _mobilityProfiles.Contains(id) ? Yes : No;

    public Task<bool> AccessListFitsAsync(int id, int ownerId, bool allowed, CancellationToken cancellation) =>
        _accessLists.TryGetValue(id, out var list) && list.OwnerId == ownerId && list.Allowed == allowed ? Yes : No;

    public Task<bool> DirectoryNumberExistsAsync(int id, CancellationToken cancellation) => _directoryNumberIds.Contains(id) ? Yes : No;

    private void Add(int id, string number, int ownerId, int? dualModeDeviceId)
    {
        _numbers[number] = id;
        if (_matching.Matching == CallerIdMatching.PartialMatch)
        {
            _keys.TryAdd(PartialMatchKey(number), (id, number));
        }

        _stored[id] = (ownerId, dualModeDeviceId, number);
        if (dualModeDeviceId is null)
        {
            _ownerCounts[ownerId] = _ownerCounts.GetValueOrDefault(ownerId) + 1;
        }
    }

    private void Remove(int id)
    {
        if (!_stored.Remove(id, out var stored))
        {
            return;
        }

        _numbers.Remove(stored.Number);
        if (_keys.TryGetValue(PartialMatchKey(stored.Number), out var key) && key.Id == id)
        {
            _keys.Remove(PartialMatchKey(stored.Number));
        }

        if (stored.DualModeDeviceId is null)
        {
            _ownerCounts[stored.OwnerId]--;
        }
    }
}
