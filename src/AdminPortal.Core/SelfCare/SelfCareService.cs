using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.SelfCare;

/// <summary>
/// The end user's own reachability, for Unified CM's Self Care portal. Every read and write takes the signed-in
/// user's End User id and checks ownership here, on the server: another user's object is "not found", whatever id
/// a URL or a form carries, and nothing is changed. Writes then go through the one store, so the validators and
/// the design rules (R2-R8, R12) apply exactly as on the administrator's pages.
/// </summary>
public sealed class SelfCareService(IDbContextFactory<PortalDbContext> contexts, ConfigurationStore store)
{
    public const string NotYours = "There is no such object among yours.";

    public const string NumberNotUsable = "This number cannot be used as a remote destination. Check the number, or ask your administrator.";

    private static readonly HashSet<string> RulesAboutOthers = [DesignRules.R4.Id, DesignRules.R5.Id, DesignRules.R6.Id];

    public async Task<SelfCareOverview?> OverviewAsync(int owner, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var user = await db.EndUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == owner, cancellation);
        if (user is null)
        {
            return null;
        }

        var phoneLines = await db.PhoneLines.AsNoTracking().Where(l => l.Phone!.OwnerId == owner).OrderBy(l => l.Phone!.Name).ThenBy(l => l.LineIndex)
            .Select(l => new SelfCareLine(l.Phone!.Name, l.DirectoryNumber!.Pattern)).ToListAsync(cancellation);
        var profileLines = await db.RemoteDestinationProfileLines.AsNoTracking().Where(l => l.RemoteDestinationProfile!.UserId == owner)
            .OrderBy(l => l.RemoteDestinationProfile!.Name).ThenBy(l => l.LineIndex)
            .Select(l => new SelfCareLine(l.RemoteDestinationProfile!.Name, l.DirectoryNumber!.Pattern)).ToListAsync(cancellation);
        var destinations = await db.RemoteDestinations.AsNoTracking().Where(r => r.OwnerId == owner).OrderBy(r => r.Name)
            .Select(r => new SelfCareDestination(r.Id, r.Name, r.DestinationNumber, r.IsMobilePhone, r.EnableSingleNumberReach, r.DualModeDeviceId != null))
            .ToListAsync(cancellation);
        var lists = await db.AccessLists.AsNoTracking().Where(a => a.OwnerId == owner).OrderBy(a => a.Name)
            .Select(a => new SelfCareAccessList(a.Id, a.Name, a.IsAllowedType, a.Members.Count)).ToListAsync(cancellation);
        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrEmpty(n)));
        return new SelfCareOverview(user.UserId, name, user.EnableMobility, user.RemoteDestinationLimit, [.. phoneLines, .. profileLines], destinations, lists);
    }

    /// <summary>One of the user's destinations with its ring schedule and lines; null when it is not theirs.</summary>
    public async Task<RemoteDestination?> DestinationAsync(int owner, int id, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await OwnDestinationAsync(db, owner, id, cancellation);
    }

    /// <summary>
    /// A new remote destination of the user, on their remote destination profile and its lines. Only what Self
    /// Care edits is taken from <paramref name="edited"/> (see <see cref="CopyUserFields"/>).
    /// </summary>
    public Task<SaveResult> AddDestinationAsync(int owner, RemoteDestination edited, CancellationToken cancellation = default) =>
        SaveDestinationAsync(owner, null, edited, cancellation);

    /// <summary>Changes what Self Care edits on one of the user's destinations; another user's is refused, unchanged.</summary>
    public Task<SaveResult> ChangeDestinationAsync(int owner, int id, RemoteDestination edited, CancellationToken cancellation = default) =>
        SaveDestinationAsync(owner, id, edited, cancellation);

    /// <summary>The messages a save of <paramref name="edited"/> would give now, as the end user may read them.</summary>
    public async Task<IReadOnlyList<FieldError>> ValidateDestinationAsync(int owner, int? id, RemoteDestination edited, CancellationToken cancellation = default)
    {
        var (candidate, refusal) = await CandidateAsync(owner, id, edited, cancellation);
        return candidate is null ? [refusal!] : Discreet(await store.ValidateAsync(candidate, cancellation));
    }

    /// <summary>
    /// What an end user is told when a number is refused because of the rest of the cluster (R4 another user's
    /// destination, R5 another number with the same last digits, R6 an internal number): that it cannot be used, never
    /// whose it is or what it collides with.
    /// </summary>
    public static IReadOnlyList<FieldError> Discreet(IReadOnlyList<FieldError> errors) =>
        [.. errors.Select(e => e.RuleId is { } rule && RulesAboutOthers.Contains(rule) ? new FieldError(e.Field, NumberNotUsable) : e)];

    public async Task<SaveResult> SetSingleNumberReachAsync(int owner, int id, bool on, CancellationToken cancellation = default)
    {
        var stored = await DestinationAsync(owner, id, cancellation);
        if (stored is null)
        {
            return SaveResult.Refused([new FieldError("", NotYours)]);
        }

        stored.EnableSingleNumberReach = on;
        return await store.SaveAsync(stored, cancellation);
    }

    /// <summary>
    /// "Ring all my phones" (on) or "Ring only my desk phone" (off): Single Number Reach of every destination of the
    /// user at once. Returns the refusals, if any (none for a configuration that keeps the rules).
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> SetAllSingleNumberReachAsync(int owner, bool on, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var ids = await db.RemoteDestinations.Where(r => r.OwnerId == owner && r.EnableSingleNumberReach != on).Select(r => r.Id).ToListAsync(cancellation);
        var refusals = new List<FieldError>();
        foreach (var id in ids)
        {
            refusals.AddRange((await SetSingleNumberReachAsync(owner, id, on, cancellation)).Errors);
        }

        return refusals;
    }

    /// <summary>Deletes one of the user's remote destinations; null (and nothing deleted) when it is not theirs or is a mobility identity.</summary>
    public async Task<DeleteResult?> DeleteDestinationAsync(int owner, int id, CancellationToken cancellation = default)
    {
        var stored = await DestinationAsync(owner, id, cancellation);
        return stored is null || stored.IsMobilityIdentity ? null : await store.DeleteAsync<RemoteDestination>([id], cancellation);
    }

    /// <summary>As above, only if it is still at <paramref name="version"/> (the API's If-Match): a stale one deletes nothing.</summary>
    public async Task<DeleteResult?> DeleteDestinationAsync(int owner, int id, Guid version, CancellationToken cancellation = default)
    {
        var stored = await DestinationAsync(owner, id, cancellation);
        return stored is null || stored.IsMobilityIdentity ? null : await store.DeleteAsync<RemoteDestination>(id, version, cancellation);
    }

    /// <summary>One of the user's access lists with its members; null when it is not theirs.</summary>
    public async Task<AccessList?> AccessListAsync(int owner, int id, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.AccessLists.AsNoTracking().Include(a => a.Members).SingleOrDefaultAsync(a => a.Id == id && a.OwnerId == owner, cancellation);
    }

    /// <summary>Adds (Id 0) or changes one of the user's access lists; the owner is always the user.</summary>
    public async Task<SaveResult> SaveAccessListAsync(int owner, AccessList edited, CancellationToken cancellation = default)
    {
        var list = edited.Id == 0 ? new AccessList() : await AccessListAsync(owner, edited.Id, cancellation);
        if (list is null)
        {
            return SaveResult.Refused([new FieldError("", NotYours)]);
        }

        list.OwnerId = owner;
        list.Version = edited.Id == 0 ? list.Version : edited.Version;
        list.Name = edited.Name;
        list.Description = edited.Description;
        list.IsAllowedType = edited.IsAllowedType;
        list.Members = [.. edited.Members.Select(m => new AccessListMember { FilterType = m.FilterType, NumberMask = m.NumberMask })];
        return await store.SaveAsync(list, cancellation);
    }

    /// <summary>Deletes one of the user's access lists (refused while a destination uses it, R12); null when not theirs.</summary>
    public async Task<DeleteResult?> DeleteAccessListAsync(int owner, int id, CancellationToken cancellation = default) =>
        await AccessListAsync(owner, id, cancellation) is null ? null : await store.DeleteAsync<AccessList>([id], cancellation);

    /// <summary>As above, only if it is still at <paramref name="version"/> (the API's If-Match): a stale one deletes nothing.</summary>
    public async Task<DeleteResult?> DeleteAccessListAsync(int owner, int id, Guid version, CancellationToken cancellation = default) =>
        await AccessListAsync(owner, id, cancellation) is null ? null : await store.DeleteAsync<AccessList>(id, version, cancellation);

    /// <summary>
    /// Self Care "Try it": which of the user's own phones would ring for a caller at a time, and their week's heat map.
    /// Always the signed-in user's own preview: the request's User is ignored, so no id in a URL or form reaches
    /// another user's phones.
    /// </summary>
    public Task<Previews.PreviewResult<Previews.RingPreview>> RingPreviewAsync(int owner, Previews.RingPreviewRequest request, CancellationToken cancellation = default) =>
        new Previews.RingPreviewService(contexts).PreviewOfAsync(owner, request with { User = null }, cancellation);

    /// <summary>
    /// What an end user may change on a destination: its name, number, Mobile Phone, Single Number Reach, time zone,
    /// ring schedule and access-list choice. Owner, profile, device, lines and timers stay as the administrator set them.
    /// A mobility identity's number belongs to its device, so it keeps it.
    /// </summary>
    public static void CopyUserFields(RemoteDestination from, RemoteDestination onto)
    {
        onto.Name = from.Name;
        if (!onto.IsMobilityIdentity)
        {
            onto.DestinationNumber = from.DestinationNumber;
        }

        onto.IsMobilePhone = from.IsMobilePhone;
        onto.EnableSingleNumberReach = from.EnableSingleNumberReach;
        onto.TimeZone = from.TimeZone;
        onto.CallerFilter = from.CallerFilter;
        onto.AccessListId = from.AccessListId;
        var schedule = from.RingSchedule ?? new RingSchedule { AllTheTime = true };
        onto.RingSchedule = new RingSchedule
        {
            AllTheTime = schedule.AllTheTime,
            Entries = [.. schedule.Entries.Select(e => new RingScheduleEntry { Day = e.Day, Kind = e.Kind, StartMinute = e.StartMinute, EndMinute = e.EndMinute })],
        };
    }

    private async Task<SaveResult> SaveDestinationAsync(int owner, int? id, RemoteDestination edited, CancellationToken cancellation)
    {
        var (candidate, refusal) = await CandidateAsync(owner, id, edited, cancellation);
        if (candidate is null)
        {
            return SaveResult.Refused([refusal!]);
        }

        var result = await store.SaveAsync(candidate, cancellation);
        return result.Succeeded ? result : result with { Errors = Discreet(result.Errors) };
    }

    // The destination a Self Care save writes: a new one on the user's first profile with its lines, or the user's own
    // stored one (at the version the user loaded), with only the Self Care fields taken from the form.
    private async Task<(RemoteDestination? Candidate, FieldError? Refusal)> CandidateAsync(int owner, int? id, RemoteDestination edited, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        RemoteDestination candidate;
        if (id is int existing)
        {
            if (await OwnDestinationAsync(db, owner, existing, cancellation) is not { } stored)
            {
                return (null, new FieldError("", NotYours));
            }

            // The version the user loaded guards against an edit made meanwhile by an administrator.
            stored.Version = edited.Version;
            candidate = stored;
        }
        else
        {
            var profile = await db.RemoteDestinationProfiles.AsNoTracking().Where(p => p.UserId == owner).OrderBy(p => p.Name)
                .Select(p => new { p.Id, Lines = p.Lines.Select(l => l.DirectoryNumberId).ToList() }).FirstOrDefaultAsync(cancellation);
            if (profile is null)
            {
                return (null, new FieldError("", "You have no remote destination profile yet: ask your administrator to create one, then add your numbers here."));
            }

            candidate = new RemoteDestination
            {
                OwnerId = owner,
                RemoteDestinationProfileId = profile.Id,
                Lines = [.. profile.Lines.Select(line => new RemoteDestinationLine { DirectoryNumberId = line })],
            };
        }

        CopyUserFields(edited, candidate);
        return (candidate, null);
    }

    private static Task<RemoteDestination?> OwnDestinationAsync(PortalDbContext db, int owner, int id, CancellationToken cancellation) =>
        db.RemoteDestinations.AsNoTracking().Include(r => r.RingSchedule!).ThenInclude(s => s.Entries).Include(r => r.Lines)
            .SingleOrDefaultAsync(r => r.Id == id && r.OwnerId == owner, cancellation);
}
