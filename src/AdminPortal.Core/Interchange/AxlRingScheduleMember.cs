using System.Globalization;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// One member of a remote destination's ring schedule as AXL writes it (<c>XRingingSchedule</c>): days from
/// <c>startDay</c> to <c>endDay</c> (Sun..Sat), from <c>startTime</c> to <c>endTime</c>
/// (00:00..24:00; 00:00-24:00 is all day). A span (Mon-Fri) stands for one entry per day.
/// </summary>
public sealed record AxlRingScheduleMember
{
    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public required string StartDay { get; init; }

    public required string EndDay { get; init; }

    public required string StartTime { get; init; }

    public required string EndTime { get; init; }

    /// <summary>The schedule's members, one per day in Unified CM's Monday-first order; empty for "All the time".</summary>
    public static List<AxlRingScheduleMember> Of(RingSchedule? schedule) =>
        schedule is null || schedule.AllTheTime
            ? []
            : [.. schedule.Entries.OrderBy(e => RingSchedules.WeekOrder(e.Day)).Select(e => Of(e.Day, e.Kind, e.StartMinute, e.EndMinute))];

    /// <summary>The member of one stored entry (a day, all day or from a minute to a minute).</summary>
    public static AxlRingScheduleMember Of(DayOfWeek day, RingScheduleEntryKind kind, int startMinute, int endMinute) => new()
    {
        StartDay = DayNames[(int)day],
        EndDay = DayNames[(int)day],
        StartTime = RingSchedules.Format(kind == RingScheduleEntryKind.AllDay ? 0 : startMinute),
        EndTime = RingSchedules.Format(kind == RingScheduleEntryKind.AllDay ? RingSchedules.MinutesPerDay : endMinute),
    };

    /// <summary>
    /// The ring schedule the members describe (none: all the time). What cannot be read is refused under
    /// <paramref name="field"/>[i]; the grid, the order and one entry per day are the validator's (R-rules' messages).
    /// </summary>
    public static RingSchedule ToSchedule(IReadOnlyList<AxlRingScheduleMember>? members, ReferenceNames names, string field)
    {
        var schedule = new RingSchedule { AllTheTime = members is null or { Count: 0 } };
        for (var i = 0; members is not null && i < members.Count; i++)
        {
            var member = members[i];
            var at = $"{field}[{i}]";
            var first = Day(member.StartDay, $"{at}.startDay", names);
            var last = Day(member.EndDay, $"{at}.endDay", names);
            var start = Minute(member.StartTime, $"{at}.startTime", names);
            var end = Minute(member.EndTime, $"{at}.endTime", names);
            if (first is null || last is null || start is null || end is null)
            {
                continue;
            }

            if (RingSchedules.WeekOrder(last.Value) < RingSchedules.WeekOrder(first.Value))
            {
                names.Refuse($"{at}.endDay", $"{member.StartDay}-{member.EndDay} runs backwards: a span goes from Monday towards Sunday.");
                continue;
            }

            var allDay = start == 0 && end == RingSchedules.MinutesPerDay;
            foreach (var day in RingSchedules.Week.Where(d => RingSchedules.WeekOrder(d) >= RingSchedules.WeekOrder(first.Value) && RingSchedules.WeekOrder(d) <= RingSchedules.WeekOrder(last.Value)))
            {
                schedule.Entries.Add(new RingScheduleEntry
                {
                    Day = day,
                    Kind = allDay ? RingScheduleEntryKind.AllDay : RingScheduleEntryKind.FromTo,
                    StartMinute = start.Value,
                    EndMinute = end.Value,
                });
            }
        }

        return schedule;
    }

    private static DayOfWeek? Day(string text, string field, ReferenceNames names)
    {
        var index = Array.FindIndex(DayNames, d => string.Equals(d, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            names.Refuse(field, $"'{text}' is not a day: use Sun, Mon, Tue, Wed, Thu, Fri or Sat.");
            return null;
        }

        return (DayOfWeek)index;
    }

    private static int? Minute(string text, string field, ReferenceNames names)
    {
        var parts = text?.Trim().Split(':');
        if (parts is [{ Length: 2 } hours, { Length: 2 } minutes]
            && int.TryParse(hours, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && m < 60 && (h < 24 || (h == 24 && m == 0)))
        {
            return (h * 60) + m;
        }

        names.Refuse(field, $"'{text}' is not a time of day such as 08:00 (00:00 to 24:00).");
        return null;
    }
}
