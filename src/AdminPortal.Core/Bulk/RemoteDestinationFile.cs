using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The remote destinations and mobility identities file: BAT's header row in BAT's order (the ring schedule as
/// <c>DAY OF WEEK 1, START TIME 1, END TIME 1</c> … 7, a day or a span such as <c>Mon-Fri</c>; the lines as
/// <c>ASSOCIATED LINE NUMBER 1, ROUTE PARTITION 1</c>, …), then the two fields BAT's header lacks:
/// <c>OWNER USER ID</c> and <c>ENABLE EXTEND AND CONNECT</c>. BAT's <c>MOBILE SMART CLIENT</c> and
/// <c>CTI REMOTE DEVICE</c> are written empty and not read (the portal has no such fields). A file without
/// <c>OWNER USER ID</c> (BAT's own header) reads an empty owner: the profile's user, or the device's owner, is meant.
/// </summary>
public sealed class RemoteDestinationFile : BulkFileOf<AxlRemoteDestination, RemoteDestination>
{
    private const string Schedule = "ringSchedule";
    private const string Lines = "lineAssociations";
    private const int Days = 7;

    private static readonly BulkColumn Name = new("NAME");
    private static readonly BulkColumn Profile = new("REMOTE DESTINATION PROFILE");
    private static readonly BulkColumn TimeZone = new("TIME ZONE");
    private static readonly BulkColumn DualModeDevice = new("DUAL MODE DEVICE");
    private static readonly BulkColumn MobileSmartClient = new("MOBILE SMART CLIENT") { Ignored = true };
    private static readonly BulkColumn CtiRemoteDevice = new("CTI REMOTE DEVICE") { Ignored = true };
    private static readonly BulkColumn Destination = new("DESTINATION") { Required = true };
    private static readonly BulkColumn AnswerTooSoon = new("ANSWER TOO SOON TIMER");
    private static readonly BulkColumn AnswerTooLate = new("ANSWER TOO LATE TIMER");
    private static readonly BulkColumn DelayBeforeRinging = new("DELAY BEFORE RINGING TIMER") { Field = "delayBeforeRingingCell" };
    private static readonly BulkColumn IsMobilePhone = new("IS MOBILE PHONE");
    private static readonly BulkColumn EnableMobileConnect = new("ENABLE MOBILE CONNECT 1");
    private static readonly BulkColumn Day = new("DAY OF WEEK") { Group = Schedule, MaxCount = Days, Field = Schedule };
    private static readonly BulkColumn StartTime = new("START TIME") { Group = Schedule, MaxCount = Days };
    private static readonly BulkColumn EndTime = new("END TIME") { Group = Schedule, MaxCount = Days };
    private static readonly BulkColumn AccessList = new("ACCESS LIST 1");
    private static readonly BulkColumn LinePattern = new("ASSOCIATED LINE NUMBER") { Group = Lines, Field = Lines };
    private static readonly BulkColumn LinePartition = new("ROUTE PARTITION") { Group = Lines };
    private static readonly BulkColumn MobilityProfile = new("MOBILITY PROFILE");
    private static readonly BulkColumn SnrVoicemail = new("SINGLE NUMBER REACH VOICEMAIL POLICY");
    private static readonly BulkColumn DvorVoicemail = new("DIAL-VIA-OFFICE REVERSE VOICEMAIL POLICY");
    private static readonly BulkColumn Owner = new("OWNER USER ID");
    private static readonly BulkColumn ExtendAndConnect = new("ENABLE EXTEND AND CONNECT");

    public override IReadOnlyList<BulkColumn> Columns { get; } =
    [
        Name, Profile, TimeZone, DualModeDevice, MobileSmartClient, CtiRemoteDevice, Destination, AnswerTooSoon, AnswerTooLate, DelayBeforeRinging,
        IsMobilePhone, EnableMobileConnect, Day, StartTime, EndTime, AccessList, LinePattern, LinePartition, MobilityProfile, SnrVoicemail,
        DvorVoicemail, Owner, ExtendAndConnect,
    ];

    /// <summary>AXL keys a remote destination by its number (<c>getRemoteDestination</c>, <c>updateRemoteDestination</c>).</summary>
    public override BulkColumn KeyColumn => Destination;

    protected override IReadOnlyDictionary<string, int> GroupMinimums { get; } = new Dictionary<string, int> { [Schedule] = Days, [Lines] = 1 };

    protected override async Task<int> MostItemsAsync(PortalDbContext db, string group, CancellationToken cancellation) => group == Lines
        ? await db.RemoteDestinationLines.GroupBy(l => l.RemoteDestinationId).Select(g => g.Count()).OrderByDescending(c => c).FirstOrDefaultAsync(cancellation)
        : Days;

    /// <summary>A cluster's 40,000 destinations are read in batches of only what the file holds (see <see cref="StoredRemoteDestinations"/>).</summary>
    public override IAsyncEnumerable<object> StoredAsync(PortalDbContext db, CancellationToken cancellation) => StoredRemoteDestinations.ReadAsync(db, cancellation);

    protected override void Write(AxlRemoteDestination r, BulkLine line) =>
        line.Add(r.Name).Add(r.RemoteDestinationProfileName).Add(r.TimeZone).Add(r.DualModeDeviceName).Add((string?)null).Add((string?)null)
            .Add(r.Destination).Add(r.AnswerTooSoonTimer).Add(r.AnswerTooLateTimer).Add(r.DelayBeforeRingingCell).Add(r.IsMobilePhone)
            .Add(r.EnableMobileConnect)
            .AddGroup(Schedule, 3, r.RingSchedule, (l, m) => l.Add(m.StartDay == m.EndDay ? m.StartDay : $"{m.StartDay}-{m.EndDay}").Add(m.StartTime).Add(m.EndTime))
            .Add(r.AccessListName)
            .AddGroup(Lines, 2, r.LineAssociations, (l, dn) => l.Add(dn.Pattern).Add(dn.RoutePartitionName))
            .Add(r.MobilityProfileName).Add(r.SingleNumberReachVoicemail).Add(r.DialViaOfficeReverseVoicemail).Add(r.OwnerUserId).Add(r.EnableExtendAndConnect);

    protected override AxlRemoteDestination ReadRow(BulkCells cells) => new()
    {
        Name = cells.Text(Name) ?? "",
        Destination = cells.Required(Destination),
        OwnerUserId = cells.Text(Owner) ?? "",
        RemoteDestinationProfileName = cells.Text(Profile),
        DualModeDeviceName = cells.Text(DualModeDevice),
        TimeZone = cells.Text(TimeZone) ?? RemoteDestination.DefaultTimeZone,
        AnswerTooSoonTimer = cells.Number(AnswerTooSoon, RemoteDestination.DefaultAnswerTooSoonTimer),
        AnswerTooLateTimer = cells.Number(AnswerTooLate, RemoteDestination.DefaultAnswerTooLateTimer),
        DelayBeforeRingingCell = cells.Number(DelayBeforeRinging, RemoteDestination.DefaultDelayBeforeRingingTimer),
        IsMobilePhone = cells.Bool(IsMobilePhone, false),
        EnableMobileConnect = cells.Bool(EnableMobileConnect, true),
        RingSchedule = cells.Items(this, Schedule) is { Count: > 0 } days ? ScheduleOf(cells, days) : [],
        AccessListName = cells.Text(AccessList),
        LineAssociations = BulkLines.Read(cells, this, Lines, LinePattern, LinePartition),
        MobilityProfileName = cells.Text(MobilityProfile),
        SingleNumberReachVoicemail = cells.Enum(SnrVoicemail, VoicemailPolicy.UseSystemDefault),
        DialViaOfficeReverseVoicemail = cells.Enum(DvorVoicemail, VoicemailPolicy.UseSystemDefault),
        EnableExtendAndConnect = cells.Bool(ExtendAndConnect, false),
    };

    // The ring schedule's items, without a query object per row (a cluster's file has 40,000 rows).
    private static List<AxlRingScheduleMember> ScheduleOf(BulkCells cells, IReadOnlyList<int> numbers)
    {
        var members = new List<AxlRingScheduleMember>(numbers.Count);
        foreach (var n in numbers)
        {
            members.Add(ScheduleMember(cells, n));
        }

        return members;
    }

    /// <summary>One ring schedule item: a day (<c>Mon</c>) or a span of days (<c>Mon-Fri</c>), from a time to a time.</summary>
    private static AxlRingScheduleMember ScheduleMember(BulkCells cells, int number)
    {
        var days = cells.Required(Day, number).Split('-', 2, StringSplitOptions.TrimEntries);
        return new AxlRingScheduleMember
        {
            StartDay = days[0],
            EndDay = days.Length == 2 ? days[1] : days[0],
            StartTime = cells.Required(StartTime, number),
            EndTime = cells.Required(EndTime, number),
        };
    }
}
