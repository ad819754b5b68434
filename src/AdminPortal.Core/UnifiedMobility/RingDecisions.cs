namespace AdminPortal.Core.UnifiedMobility;

/// <summary>
/// The decision a remote destination makes for one incoming call (SRND L897-1070): the owner's Enable Mobility, the
/// destination's Enable Single Number Reach, the ring schedule in the destination's time zone, then the access list.
/// Pure: everything it needs is passed in.
/// </summary>
public static class RingDecisions
{
    /// <param name="destination">The remote destination, with its <see cref="RemoteDestination.RingSchedule"/> (entries loaded).</param>
    /// <param name="owner">The destination's owner.</param>
    /// <param name="accessList">The list named by the destination's caller filter, with members; null for "always ring".</param>
    /// <param name="caller">The caller ID presented.</param>
    /// <param name="instant">When the call arrives.</param>
    public static RingDecision Decide(RemoteDestination destination, EndUser owner, AccessList? accessList, CallerId caller, DateTimeOffset instant)
    {
        if (!owner.EnableMobility)
        {
            return new(false, RingReason.UserMobilityOff, $"{owner.UserId} does not have Enable Mobility on, so no remote destination of theirs rings (SRND L910).");
        }

        if (!destination.EnableSingleNumberReach)
        {
            return new(false, RingReason.SingleNumberReachOff, "Enable Single Number Reach is off for this destination.");
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(destination.TimeZone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        if (!RingSchedules.Covers(destination.RingSchedule, local.DayOfWeek, (local.Hour * 60) + local.Minute))
        {
            return new(false, RingReason.OutsideRingSchedule, $"{local:dddd HH:mm} in {destination.TimeZone} is outside the ring schedule.");
        }

        switch (destination.CallerFilter)
        {
            case CallerFilterMode.RingOnlyIfCallerInAllowedList:
                var allowed = accessList is not null && AccessLists.Contains(accessList, caller);
                return allowed
                    ? new(true, RingReason.Rings, $"Caller {caller} is in the allowed list {accessList!.Name}.")
                    : new(false, RingReason.NotOnAllowedList, $"Caller {caller} is not in the allowed list {accessList?.Name}; an allowed list ends in deny all (SRND L1068).");
            case CallerFilterMode.DoNotRingIfCallerInBlockedList:
                var blocked = accessList is not null && AccessLists.Contains(accessList, caller);
                return blocked
                    ? new(false, RingReason.BlockedByList, $"Caller {caller} is in the blocked list {accessList!.Name}.")
                    : new(true, RingReason.Rings, $"Caller {caller} is not in the blocked list {accessList?.Name}; a blocked list ends in allow all (SRND L1068).");
            default:
                return new(true, RingReason.Rings, "Rings: within the ring schedule and set to always ring.");
        }
    }
}
