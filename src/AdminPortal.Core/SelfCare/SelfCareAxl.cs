using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.SelfCare;

/// <summary>
/// An end user's own remote destinations and access lists as the API's <c>/api/v1/me</c> reads and writes them: in
/// AXL's shapes (<see cref="AxlRemoteDestination"/>, <see cref="AxlAccessList"/>), every read and write through
/// <see cref="SelfCareService"/> and its ownership checks, so another user's object is "not found" and only what
/// Self Care edits can change. References are resolved among the user's own objects only (an access list by name).
/// </summary>
public sealed class SelfCareAxl(IDbContextFactory<PortalDbContext> contexts, SelfCareService selfCare, AxlService axl)
{
    /// <summary>
    /// Fields of a remote destination the end user cannot change (owner, profile, device, lines, timers, voicemail):
    /// a body may carry them as a GET returned them; they are ignored.
    /// </summary>
    public static IReadOnlyList<string> ReadOnlyDestinationFields { get; } =
    [
        "ownerUserId", "remoteDestinationProfileName", "dualModeDeviceName", "enableExtendAndConnect", "answerTooSoonTimer",
        "answerTooLateTimer", "delayBeforeRingingCell", "singleNumberReachVoicemail", "dialViaOfficeReverseVoicemail",
        "mobilityProfileName", "lineAssociations",
    ];

    /// <summary>The access list's owner: always the user (ignored when sent).</summary>
    public static IReadOnlyList<string> ReadOnlyAccessListFields { get; } = ["endUserIdName"];

    public async Task<IReadOnlyList<AxlRemoteDestination>> DestinationsAsync(int owner, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var rows = await AxlRemoteDestination.Including(db.RemoteDestinations.AsNoTracking().Where(r => r.OwnerId == owner))
            .OrderBy(r => r.Name).AsSplitQuery().ToListAsync(cancellation);
        return [.. rows.Select(AxlRemoteDestination.From)];
    }

    /// <summary>One of the user's destinations; null when it is not theirs.</summary>
    public async Task<AxlRead<AxlRemoteDestination>?> DestinationAsync(int owner, int id, CancellationToken cancellation = default) =>
        await selfCare.DestinationAsync(owner, id, cancellation) is null ? null : await axl.GetAsync<AxlRemoteDestination, RemoteDestination>(id, cancellation);

    /// <summary>Adds (<paramref name="id"/> null) or changes one of the user's destinations at <paramref name="version"/>.</summary>
    public async Task<AxlWrite<AxlRemoteDestination>> SaveDestinationAsync(
        int owner, int? id, AxlRemoteDestination resource, Guid? version, CancellationToken cancellation = default)
    {
        RemoteDestination edited;
        await using (var db = await contexts.CreateDbContextAsync(cancellation))
        {
            var names = new ReferenceNames(db);
            edited = new RemoteDestination
            {
                Name = resource.Name,
                DestinationNumber = resource.Destination,
                IsMobilePhone = resource.IsMobilePhone,
                EnableSingleNumberReach = resource.EnableMobileConnect,
                TimeZone = resource.TimeZone,
                RingSchedule = AxlRingScheduleMember.ToSchedule(resource.RingSchedule, names, "ringSchedule"),
                CallerFilter = CallerFilterMode.AlwaysRing,
            };
            if (version is Guid expected)
            {
                edited.Version = expected;
            }

            if (!string.IsNullOrWhiteSpace(resource.AccessListName))
            {
                var list = await db.AccessLists.AsNoTracking().Where(a => a.OwnerId == owner && a.Name == resource.AccessListName)
                    .Select(a => new { a.Id, a.IsAllowedType }).FirstOrDefaultAsync(cancellation);
                if (list is null)
                {
                    names.Refuse("accessListName", $"You have no access list named '{resource.AccessListName}'.");
                }
                else
                {
                    edited.AccessListId = list.Id;
                    edited.CallerFilter = list.IsAllowedType ? CallerFilterMode.RingOnlyIfCallerInAllowedList : CallerFilterMode.DoNotRingIfCallerInBlockedList;
                }
            }

            if (names.Errors.Count > 0)
            {
                return new AxlWrite<AxlRemoteDestination>(null, SaveRefusal.Invalid, names.Errors, []);
            }
        }

        var result = id is int existing
            ? await selfCare.ChangeDestinationAsync(owner, existing, edited, cancellation)
            : await selfCare.AddDestinationAsync(owner, edited, cancellation);
        return await OutcomeAsync<AxlRemoteDestination, RemoteDestination>(result, resource, cancellation);
    }

    public async Task<IReadOnlyList<AxlAccessList>> AccessListsAsync(int owner, CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var rows = await AxlAccessList.Including(db.AccessLists.AsNoTracking().Where(a => a.OwnerId == owner))
            .OrderBy(a => a.Name).AsSplitQuery().ToListAsync(cancellation);
        return [.. rows.Select(AxlAccessList.From)];
    }

    /// <summary>One of the user's access lists; null when it is not theirs.</summary>
    public async Task<AxlRead<AxlAccessList>?> AccessListAsync(int owner, int id, CancellationToken cancellation = default) =>
        await selfCare.AccessListAsync(owner, id, cancellation) is null ? null : await axl.GetAsync<AxlAccessList, AccessList>(id, cancellation);

    /// <summary>Adds (<paramref name="id"/> null) or changes one of the user's access lists at <paramref name="version"/>; the owner is always the user.</summary>
    public async Task<AxlWrite<AxlAccessList>> SaveAccessListAsync(int owner, int? id, AxlAccessList resource, Guid? version, CancellationToken cancellation = default)
    {
        var edited = new AccessList
        {
            Id = id ?? 0,
            Name = resource.Name,
            Description = resource.Description,
            IsAllowedType = resource.IsAllowedType,
            Members = [.. resource.Members.Select(m => new AccessListMember { FilterType = m.CallerFilterMask, NumberMask = m.DnMask })],
        };
        if (version is Guid expected)
        {
            edited.Version = expected;
        }

        return await OutcomeAsync<AxlAccessList, AccessList>(await selfCare.SaveAccessListAsync(owner, edited, cancellation), resource, cancellation);
    }

    // A saved object is read back in its AXL shape; a refusal keeps its kind, its messages keyed by JSON field.
    private async Task<AxlWrite<TAxl>> OutcomeAsync<TAxl, TEntity>(SaveResult result, TAxl resource, CancellationToken cancellation)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Common.Entity, new()
    {
        if (!result.Succeeded)
        {
            var refusal = result.Errors.Any(e => e.Message == SelfCareService.NotYours) ? SaveRefusal.Gone : result.Refusal;
            return new AxlWrite<TAxl>(null, refusal, [.. result.Errors.Select(e => e with { Field = resource.FieldOf(e.Field) })], []);
        }

        var saved = await axl.GetAsync<TAxl, TEntity>(result.Id, cancellation);
        return saved is null
            ? new AxlWrite<TAxl>(null, SaveRefusal.Gone, [new FieldError("", ConfigurationStore.GoneMessage)], [])
            : new AxlWrite<TAxl>(saved, SaveRefusal.Invalid, [], result.Findings);
    }
}
