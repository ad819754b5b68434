using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Tests.UnifiedMobility;

/// <summary>The decision a remote destination makes for one incoming call (SRND L897-1070).</summary>
public sealed class RingDecisionTests
{
    private static readonly EndUser MobileUser = new() { UserId = "jsmith", EnableMobility = true };

    private static RemoteDestination Destination(CallerFilterMode filter = CallerFilterMode.AlwaysRing, string zone = "Etc/GMT", RingSchedule? schedule = null) => new()
    {
        Name = "mobile",
        DestinationNumber = "+14085557890",
        EnableSingleNumberReach = true,
        TimeZone = zone,
        CallerFilter = filter,
        RingSchedule = schedule ?? new RingSchedule { AllTheTime = true },
    };

    private static RingSchedule Weekdays(int start = 8 * 60, int end = 18 * 60) => new()
    {
        AllTheTime = false,
        Entries = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new RingScheduleEntry { Day = d, Kind = RingScheduleEntryKind.FromTo, StartMinute = start, EndMinute = end })],
    };

    private static AccessList List(bool allowed) => new()
    {
        Name = allowed ? "family" : "spam",
        IsAllowedType = allowed,
        Members =
        [
            new AccessListMember { FilterType = AccessListFilterType.DirectoryNumber, NumberMask = "+1408555XXXX" },
            new AccessListMember { FilterType = AccessListFilterType.Private },
        ],
    };

    // Wednesday 2026-11-25 12:00 UTC (inside a weekday 08:00-18:00 schedule in Etc/GMT) and 20:00 UTC (outside).
    private static readonly DateTimeOffset Inside = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Outside = new(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);

    public static TheoryData<CallerFilterMode, string, bool, bool, RingReason> Table()
    {
        var data = new TheoryData<CallerFilterMode, string, bool, bool, RingReason>();
        foreach (var inside in new[] { true, false })
        {
            foreach (var caller in new[] { "listed", "unlisted", "private", "notavailable" })
            {
                foreach (var mode in Enum.GetValues<CallerFilterMode>())
                {
                    var listed = caller is "listed" or "private";
                    var (rings, reason) = !inside ? (false, RingReason.OutsideRingSchedule) : mode switch
                    {
                        CallerFilterMode.AlwaysRing => (true, RingReason.Rings),
                        CallerFilterMode.RingOnlyIfCallerInAllowedList => listed ? (true, RingReason.Rings) : (false, RingReason.NotOnAllowedList),
                        _ => listed ? (false, RingReason.BlockedByList) : (true, RingReason.Rings),
                    };
                    data.Add(mode, caller, inside, rings, reason);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Decide_ListTypeCallerKindAndSchedule_RingsAsTheGuideSays(CallerFilterMode mode, string callerKind, bool insideSchedule, bool rings, RingReason reason)
    {
        var caller = callerKind switch
        {
            "listed" => CallerId.Of("+14085551234"),
            "unlisted" => CallerId.Of("+14155551234"),
            "private" => CallerId.Private,
            _ => CallerId.NotAvailable,
        };
        var list = mode == CallerFilterMode.AlwaysRing ? null : List(mode == CallerFilterMode.RingOnlyIfCallerInAllowedList);

        var decision = RingDecisions.Decide(Destination(mode, schedule: Weekdays()), MobileUser, list, caller, insideSchedule ? Inside : Outside);

        Assert.Equal(rings, decision.Rings);
        Assert.Equal(reason, decision.Reason);
    }

    [Fact]
    public void Decide_UserMobilityOff_NeverRings()
    {
        var decision = RingDecisions.Decide(Destination(), new EndUser { UserId = "kpatel", EnableMobility = false }, null, CallerId.Of("+1"), Inside);

        Assert.Equal(RingReason.UserMobilityOff, decision.Reason);
        Assert.False(decision.Rings);
    }

    [Fact]
    public void Decide_SingleNumberReachOff_NeverRings()
    {
        var destination = Destination();
        destination.EnableSingleNumberReach = false;

        var decision = RingDecisions.Decide(destination, MobileUser, null, CallerId.Of("+1"), Inside);

        Assert.Equal(RingReason.SingleNumberReachOff, decision.Reason);
    }

    [Theory]
    [InlineData(7, 59, false)]
    [InlineData(8, 0, true)]
    [InlineData(17, 59, true)]
    [InlineData(18, 0, false)]
    public void Decide_ScheduleBoundaries_StartIncludedEndExcluded(int hour, int minute, bool rings)
    {
        var at = new DateTimeOffset(2026, 11, 25, hour, minute, 0, TimeSpan.Zero);

        Assert.Equal(rings, RingDecisions.Decide(Destination(schedule: Weekdays()), MobileUser, null, CallerId.Of("+1"), at).Rings);
    }

    [Theory]
    [InlineData(2026, 11, 27, 23, 59, true)] // Friday 23:59
    [InlineData(2026, 11, 28, 0, 0, false)] // Saturday 00:00: no entry
    [InlineData(2026, 11, 29, 23, 59, false)] // Sunday 23:59
    [InlineData(2026, 11, 30, 0, 0, true)] // Monday 00:00
    public void Decide_MidnightAndDayBoundaries_FollowTheDayOfTheEntry(int year, int month, int day, int hour, int minute, bool rings)
    {
        var schedule = Weekdays(0, RingSchedules.MinutesPerDay);

        var decision = RingDecisions.Decide(Destination(schedule: schedule), MobileUser, null, CallerId.Of("+1"), new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));

        Assert.Equal(rings, decision.Rings);
    }

    [Theory]
    // 2026-03-08: US daylight saving starts at 02:00 PST (10:00 UTC); Sunday schedule 08:00-09:00 local.
    [InlineData("2026-03-08T15:30:00Z", true)]  // 08:30 PDT (UTC-7)
    [InlineData("2026-03-08T16:30:00Z", false)] // 09:30 PDT
    [InlineData("2026-03-08T08:30:00Z", false)] // 00:30 PST
    // 2026-11-01: daylight saving ends at 02:00 PDT (09:00 UTC).
    [InlineData("2026-11-01T16:30:00Z", true)]  // 08:30 PST (UTC-8)
    [InlineData("2026-11-01T15:30:00Z", false)] // 07:30 PST; would be 08:30 if the offset were still -7
    public void Decide_LosAngelesOnDaylightSavingChangeDays_ReadsTheScheduleInLocalTime(string utc, bool rings)
    {
        var schedule = new RingSchedule
        {
            AllTheTime = false,
            Entries = [new RingScheduleEntry { Day = DayOfWeek.Sunday, Kind = RingScheduleEntryKind.FromTo, StartMinute = 8 * 60, EndMinute = 9 * 60 }],
        };

        var decision = RingDecisions.Decide(Destination(zone: "America/Los_Angeles", schedule: schedule), MobileUser, null, CallerId.Of("+1"), DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(rings, decision.Rings);
    }

    [Theory]
    [InlineData("2026-07-15T07:30:00Z", true)]  // 08:30 BST (UTC+1)
    [InlineData("2026-07-15T17:30:00Z", false)] // 18:30 BST
    [InlineData("2026-01-14T17:30:00Z", true)]  // 17:30 GMT
    [InlineData("2026-01-14T07:30:00Z", false)] // 07:30 GMT
    public void Decide_LondonFromUtcInstant_ConvertsToBritishTime(string utc, bool rings)
    {
        var decision = RingDecisions.Decide(Destination(zone: "Europe/London", schedule: Weekdays()), MobileUser, null, CallerId.Of("+1"), DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(rings, decision.Rings);
    }

    [Theory]
    [InlineData("+1408555XXXX", "+14085551234", true)]
    [InlineData("+1408555XXXX", "+1408555123", false)]
    [InlineData("+1408555XXXX", "+140855512345", false)]
    [InlineData("+1408555XXXX", "14085551234", false)]
    [InlineData("40855X5XXXX", "40855A51234", false)]
    [InlineData("911", "911", true)]
    public void NumberMask_X_MatchesExactlyOneDigit(string mask, string number, bool matches)
    {
        Assert.Equal(matches, NumberMask.Matches(mask, number));
    }
}
