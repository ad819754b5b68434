namespace AdminPortal.Core.Previews;

/// <summary>Local wall-clock times of a time zone turned into instants, across daylight-saving changes.</summary>
public static class WallClock
{
    /// <summary>
    /// The instant a local time stands for in <paramref name="zone"/>: null when it does not exist (the hour clocks
    /// skip in spring); for a time that happens twice (the hour repeated in autumn), the first occurrence, still on
    /// daylight time, as a person reading "01:30" on that night most likely means the first.
    /// </summary>
    public static DateTimeOffset? ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The Monday of the week that contains <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly WeekStart(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        return date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
    }
}
