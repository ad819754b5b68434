namespace AdminPortal.Core.Previews;

public enum HeatMapSlot
{
    /// <summary>The destination does not ring for that caller at that quarter hour.</summary>
    Silent,

    /// <summary>The destination rings.</summary>
    Rings,

    /// <summary>The quarter hour does not exist that week in the viewer's zone (clocks jump over it in spring).</summary>
    NotInWeek,
}
