namespace AdminPortal.Core.UnifiedMobility;

public static class RingSchedules
{
    public const int MinutesPerDay = 24 * 60;
    public const int GridMinutes = 15;

    /// <summary>True when the schedule lets the destination ring at that local day and minute (no schedule: all the time).</summary>
    public static bool Covers(RingSchedule? schedule, DayOfWeek day, int minuteOfDay)
    {
        if (schedule is null || schedule.AllTheTime)
        {
            return true;
        }

        var entry = schedule.Entries.FirstOrDefault(e => e.Day == day);
        return entry is not null && (entry.Kind == RingScheduleEntryKind.AllDay
            || (minuteOfDay >= entry.StartMinute && minuteOfDay < entry.EndMinute));
    }

    public static string Format(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
