namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Reading and preparing ring schedules (time-of-day access).</summary>
public static class RingSchedules
{
    public const int MinutesPerDay = 24 * 60;
    public const int GridMinutes = 15;

    /// <summary>The days as Unified CM's pages list them: Monday first.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>A day's place in <see cref="Week"/>: Monday 0, Sunday 6.</summary>
    public static int WeekOrder(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>
    /// Makes a destination ready for a form that edits its schedule (the admin's and Self Care's): one to edit
    /// ("All the time") when it has none, its days in <see cref="Week"/> order.
    /// </summary>
    public static RemoteDestination ReadyToEdit(RemoteDestination destination)
    {
        destination.RingSchedule ??= new RingSchedule { AllTheTime = true };
        SortByWeek(destination.RingSchedule);
        return destination;
    }

    public static void SortByWeek(RingSchedule schedule) => schedule.Entries.Sort((a, b) => WeekOrder(a.Day).CompareTo(WeekOrder(b.Day)));

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
