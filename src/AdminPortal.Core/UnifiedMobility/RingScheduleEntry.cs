using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class RingScheduleEntry : Entity
{
    public int RingScheduleId { get; set; }

    public RingSchedule? RingSchedule { get; set; }

    public DayOfWeek Day { get; set; }

    public RingScheduleEntryKind Kind { get; set; }

    /// <summary>Minutes after midnight, on the 15-minute grid (FromTo only).</summary>
    public int StartMinute { get; set; }

    /// <summary>Minutes after midnight, up to 1440 (24:00), on the 15-minute grid (FromTo only).</summary>
    public int EndMinute { get; set; }
}
