using System.Linq.Expressions;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// A remote destination as AXL's <c>XRemoteDestination</c> names it; with <c>dualModeDeviceName</c> instead of
/// <c>remoteDestinationProfileName</c> it is that device's mobility identity. The access list's own type says
/// whether it is the allowed or the blocked list (none: always ring).
/// </summary>
public sealed record AxlRemoteDestination : IAxlResource<AxlRemoteDestination, RemoteDestination>
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public required string Destination { get; init; }

    public required string OwnerUserId { get; init; }

    public string? RemoteDestinationProfileName { get; init; }

    public string? DualModeDeviceName { get; init; }

    public bool IsMobilePhone { get; init; }

    /// <summary>The Enable Single Number Reach box.</summary>
    public bool EnableMobileConnect { get; init; } = true;

    public bool EnableExtendAndConnect { get; init; }

    public int AnswerTooSoonTimer { get; init; } = RemoteDestination.DefaultAnswerTooSoonTimer;

    public int AnswerTooLateTimer { get; init; } = RemoteDestination.DefaultAnswerTooLateTimer;

    public int DelayBeforeRingingCell { get; init; } = RemoteDestination.DefaultDelayBeforeRingingTimer;

    public VoicemailPolicy SingleNumberReachVoicemail { get; init; }

    /// <summary>Mobility identity only.</summary>
    public VoicemailPolicy DialViaOfficeReverseVoicemail { get; init; }

    /// <summary>Mobility identity only.</summary>
    public string? MobilityProfileName { get; init; }

    public string TimeZone { get; init; } = RemoteDestination.DefaultTimeZone;

    /// <summary>Empty: all the time.</summary>
    public IReadOnlyList<AxlRingScheduleMember> RingSchedule { get; init; } = [];

    /// <summary>An allowed list rings only its callers, a blocked list all but its callers; none: always ring.</summary>
    public string? AccessListName { get; init; }

    public IReadOnlyList<AxlLine> LineAssociations { get; init; } = [];

    public static Expression<Func<RemoteDestination, string>> Key => r => r.DestinationNumber;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["destination"] = (Expression<Func<RemoteDestination, string>>)(r => r.DestinationNumber),
        ["name"] = (Expression<Func<RemoteDestination, string>>)(r => r.Name),
        ["ownerUserId"] = (Expression<Func<RemoteDestination, string>>)(r => r.Owner!.UserId),
    };

    public static IQueryable<RemoteDestination> Including(IQueryable<RemoteDestination> query) =>
        query.Include(r => r.Owner).Include(r => r.RemoteDestinationProfile).Include(r => r.DualModeDevice).Include(r => r.MobilityProfile)
            .Include(r => r.AccessList).Include(r => r.RingSchedule!).ThenInclude(s => s.Entries)
            .Include(r => r.Lines).ThenInclude(l => l.DirectoryNumber!).ThenInclude(d => d.Partition);

    public static AxlRemoteDestination From(RemoteDestination r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Destination = r.DestinationNumber,
        OwnerUserId = r.Owner?.UserId ?? "",
        RemoteDestinationProfileName = r.RemoteDestinationProfile?.Name,
        DualModeDeviceName = r.DualModeDevice?.Name,
        IsMobilePhone = r.IsMobilePhone,
        EnableMobileConnect = r.EnableSingleNumberReach,
        EnableExtendAndConnect = r.EnableExtendAndConnect,
        AnswerTooSoonTimer = r.AnswerTooSoonTimer,
        AnswerTooLateTimer = r.AnswerTooLateTimer,
        DelayBeforeRingingCell = r.DelayBeforeRingingTimer,
        SingleNumberReachVoicemail = r.SingleNumberReachVoicemailPolicy,
        DialViaOfficeReverseVoicemail = r.DialViaOfficeReverseVoicemailPolicy,
        MobilityProfileName = r.MobilityProfile?.Name,
        TimeZone = r.TimeZone,
        RingSchedule = AxlRingScheduleMember.Of(r.RingSchedule),
        AccessListName = AccessListNameOf(r.CallerFilter, r.AccessList?.Name),
        LineAssociations = r.Lines.Count == 0 ? []
            : [.. r.Lines.OrderBy(l => l.Id).Select(l => new AxlLine { Pattern = l.DirectoryNumber!.Pattern, RoutePartitionName = l.DirectoryNumber.Partition?.Name })],
    };

    /// <summary>The access list a destination's file and resource show: none when it always rings, whatever list is still stored.</summary>
    public static string? AccessListNameOf(CallerFilterMode filter, string? accessList) => filter == CallerFilterMode.AlwaysRing ? null : accessList;

    public async Task<RemoteDestination> ToEntityAsync(ReferenceNames names, CancellationToken cancellation)
    {
        var destination = new RemoteDestination
        {
            Id = Id,
            Name = Name,
            DestinationNumber = Destination,
            OwnerId = await names.IdAsync<EndUser>(OwnerUserId, "ownerUserId", cancellation) ?? 0,
            RemoteDestinationProfileId = await names.IdAsync<RemoteDestinationProfile>(RemoteDestinationProfileName, "remoteDestinationProfileName", cancellation),
            DualModeDeviceId = await names.IdAsync<Phone>(DualModeDeviceName, "dualModeDeviceName", cancellation),
            IsMobilePhone = IsMobilePhone,
            EnableSingleNumberReach = EnableMobileConnect,
            EnableExtendAndConnect = EnableExtendAndConnect,
            AnswerTooSoonTimer = AnswerTooSoonTimer,
            AnswerTooLateTimer = AnswerTooLateTimer,
            DelayBeforeRingingTimer = DelayBeforeRingingCell,
            SingleNumberReachVoicemailPolicy = SingleNumberReachVoicemail,
            DialViaOfficeReverseVoicemailPolicy = DialViaOfficeReverseVoicemail,
            MobilityProfileId = await names.IdAsync<MobilityProfile>(MobilityProfileName, "mobilityProfileName", cancellation),
            TimeZone = TimeZone,
            RingSchedule = AxlRingScheduleMember.ToSchedule(RingSchedule, names, "ringSchedule"),
            AccessListId = await names.IdAsync<AccessList>(AccessListName, "accessListName", cancellation),
        };
        destination.CallerFilter = destination.AccessListId is null ? CallerFilterMode.AlwaysRing
            : await names.IsAllowedListAsync(destination.AccessListId.Value, cancellation) ? CallerFilterMode.RingOnlyIfCallerInAllowedList
            : CallerFilterMode.DoNotRingIfCallerInBlockedList;
        for (var i = 0; i < LineAssociations.Count; i++)
        {
            if (await names.DirectoryNumberIdAsync(LineAssociations[i].Pattern, LineAssociations[i].RoutePartitionName, $"lineAssociations[{i}]", cancellation) is int line)
            {
                destination.Lines.Add(new RemoteDestinationLine { DirectoryNumberId = line });
            }
        }

        return destination;
    }

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(RemoteDestination.Name)] = "name",
        [nameof(RemoteDestination.DestinationNumber)] = "destination",
        [nameof(RemoteDestination.OwnerId)] = "ownerUserId",
        [nameof(RemoteDestination.RemoteDestinationProfileId)] = "remoteDestinationProfileName",
        [nameof(RemoteDestination.DualModeDeviceId)] = "dualModeDeviceName",
        [nameof(RemoteDestination.IsMobilePhone)] = "isMobilePhone",
        [nameof(RemoteDestination.EnableSingleNumberReach)] = "enableMobileConnect",
        [nameof(RemoteDestination.EnableExtendAndConnect)] = "enableExtendAndConnect",
        [nameof(RemoteDestination.AnswerTooSoonTimer)] = "answerTooSoonTimer",
        [nameof(RemoteDestination.AnswerTooLateTimer)] = "answerTooLateTimer",
        [nameof(RemoteDestination.DelayBeforeRingingTimer)] = "delayBeforeRingingCell",
        [nameof(RemoteDestination.SingleNumberReachVoicemailPolicy)] = "singleNumberReachVoicemail",
        [nameof(RemoteDestination.DialViaOfficeReverseVoicemailPolicy)] = "dialViaOfficeReverseVoicemail",
        [nameof(RemoteDestination.MobilityProfileId)] = "mobilityProfileName",
        [nameof(RemoteDestination.TimeZone)] = "timeZone",
        [nameof(RemoteDestination.RingSchedule)] = "ringSchedule",
        [nameof(RemoteDestination.CallerFilter)] = "accessListName",
        [nameof(RemoteDestination.AccessListId)] = "accessListName",
        [nameof(RemoteDestination.Lines)] = "lineAssociations",
    };
}
