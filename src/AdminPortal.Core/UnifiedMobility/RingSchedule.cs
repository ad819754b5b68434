using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Ring schedule (time-of-day access, <c>XTodAccess</c>) of one remote destination.</summary>
public sealed class RingSchedule : Entity
{
    public int RemoteDestinationId { get; set; }

    public RemoteDestination? RemoteDestination { get; set; }

    /// <summary>"All the time"; when false, only the weekly entries ring.</summary>
    public bool AllTheTime { get; set; } = true;

    /// <summary>At most seven, one per day; a day without an entry does not ring.</summary>
    public List<RingScheduleEntry> Entries { get; set; } = [];
}
