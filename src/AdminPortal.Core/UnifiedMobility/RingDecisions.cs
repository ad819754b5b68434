namespace AdminPortal.Core.UnifiedMobility;

/// <summary>
/// The decision a remote destination makes for one incoming call (SRND L897-1070): the owner's Enable Mobility, the
/// user's simultaneous Single Number Reach calls, the destination's Enable Single Number Reach, a mobility identity's
/// registered device, the ring schedule in the destination's time zone, then the access list. The first "no" is the
/// reason. Pure: everything it needs is passed in.
/// </summary>
public static class RingDecisions
{
    /// <summary>Single Number Reach calls a user can have at once; more go to voicemail (SRND L1392).</summary>
    public const int MaxSimultaneousSingleNumberReachCalls = 2;

    /// <param name="destination">The remote destination, with its <see cref="RemoteDestination.RingSchedule"/> (entries loaded).</param>
    /// <param name="owner">The destination's owner.</param>
    /// <param name="accessList">The list named by the destination's caller filter, with members; null for "always ring".</param>
    /// <param name="caller">The caller ID presented.</param>
    /// <param name="instant">When the call arrives.</param>
    public static RingDecision Decide(RemoteDestination destination, EndUser owner, AccessList? accessList, CallerId caller, DateTimeOffset instant) =>
        Decide(destination, owner, accessList, caller, instant, RingCircumstances.None);

    /// <summary>The decision with the state of the moment: registered device, dial via office, calls in progress.</summary>
    public static RingDecision Decide(RemoteDestination destination, EndUser owner, AccessList? accessList, CallerId caller, DateTimeOffset instant, RingCircumstances circumstances)
    {
        var reason = Reason(destination, owner, accessList, caller, instant, circumstances);
        return new(reason == RingReason.Rings, reason, Explain(reason, destination, owner, accessList, caller, instant, circumstances));
    }

    /// <summary>
    /// The reason alone, without the sentence: what a week of decisions (the ring preview's heat map) asks 672
    /// times per destination. <see cref="Decide(RemoteDestination, EndUser, AccessList?, CallerId, DateTimeOffset, RingCircumstances)"/> gives the same reason.
    /// </summary>
    public static RingReason Reason(RemoteDestination destination, EndUser owner, AccessList? accessList, CallerId caller, DateTimeOffset instant, RingCircumstances circumstances)
    {
        if (!owner.EnableMobility)
        {
            return RingReason.UserMobilityOff;
        }

        if (circumstances.ActiveSingleNumberReachCalls >= MaxSimultaneousSingleNumberReachCalls)
        {
            return RingReason.TooManySimultaneousCalls;
        }

        if (!destination.EnableSingleNumberReach)
        {
            return RingReason.SingleNumberReachOff;
        }

        if (destination.IsMobilityIdentity && circumstances.DualModeDeviceRegistered && !circumstances.DialViaOffice)
        {
            return RingReason.MobilityIdentityDeviceRegistered;
        }

        var local = LocalTime(destination, instant);
        if (!RingSchedules.Covers(destination.RingSchedule, local.DayOfWeek, (local.Hour * 60) + local.Minute))
        {
            return RingReason.OutsideRingSchedule;
        }

        return destination.CallerFilter switch
        {
            CallerFilterMode.RingOnlyIfCallerInAllowedList =>
                accessList is not null && AccessLists.Contains(accessList, caller) ? RingReason.Rings : RingReason.NotOnAllowedList,
            CallerFilterMode.DoNotRingIfCallerInBlockedList =>
                accessList is not null && AccessLists.Contains(accessList, caller) ? RingReason.BlockedByList : RingReason.Rings,
            _ => RingReason.Rings,
        };
    }

    private static DateTimeOffset LocalTime(RemoteDestination destination, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(destination.TimeZone));

    private static string Explain(RingReason reason, RemoteDestination destination, EndUser owner, AccessList? accessList, CallerId caller, DateTimeOffset instant, RingCircumstances circumstances) => reason switch
    {
        RingReason.UserMobilityOff => $"{owner.UserId} does not have Enable Mobility on, so no remote destination of theirs rings (SRND L910).",
        RingReason.TooManySimultaneousCalls =>
            $"{owner.UserId} already has {circumstances.ActiveSingleNumberReachCalls} Single Number Reach calls; Single Number Reach supports two per user and sends more to voicemail (SRND L1392).",
        RingReason.SingleNumberReachOff => "Enable Single Number Reach is off for this destination (SRND L910).",
        RingReason.MobilityIdentityDeviceRegistered =>
            "The dual-mode device is registered to Unified CM, so the call reaches it over the enterprise network and is not extended to its mobile number; only dial via office would (SRND L1544, L2196).",
        RingReason.OutsideRingSchedule => $"{LocalTime(destination, instant):dddd HH:mm} in {destination.TimeZone} is outside the ring schedule (SRND L1070).",
        RingReason.NotOnAllowedList => $"Caller {caller} is not in the allowed list {accessList?.Name}; an allowed list ends in deny all (SRND L1068).",
        RingReason.BlockedByList => $"Caller {caller} is in the blocked list {accessList!.Name} (SRND L1068).",
        _ => destination.CallerFilter switch
        {
            CallerFilterMode.RingOnlyIfCallerInAllowedList => $"Caller {caller} is in the allowed list {accessList!.Name}.",
            CallerFilterMode.DoNotRingIfCallerInBlockedList => $"Caller {caller} is not in the blocked list {accessList?.Name}; a blocked list ends in allow all (SRND L1068).",
            _ => "Rings: within the ring schedule and set to always ring.",
        },
    };
}
