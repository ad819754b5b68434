namespace AdminPortal.Core.Previews;

/// <summary>
/// When each destination can ring for one caller over the week starting Monday <see cref="WeekStart"/>, read in the
/// viewer's <see cref="TimeZone"/>. Each quarter hour is the local wall-clock time turned into an instant of that
/// week (so daylight-saving changes fall where they do that week): a time skipped in spring is
/// <see cref="HeatMapSlot.NotInWeek"/>, a time repeated in autumn is taken at its first occurrence.
/// </summary>
public sealed record RingHeatMap(string TimeZone, DateOnly WeekStart, IReadOnlyList<RingHeatMapRow> Rows)
{
    public const int Days = 7;
    public const int SlotsPerDay = 24 * 4;
    public const int SlotMinutes = 15;
}
