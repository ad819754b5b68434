using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Previews;

/// <summary>
/// The ring preview (reference section 2, SRND L895-1070, L1392, L1439, L2196): for one call to a user, each of
/// their phones, remote destinations and mobility identities, whether it rings and why, its timeline, the DS0s the
/// call takes, and the week's heat map. Pure: the subject is loaded by <see cref="RingPreviewService"/>.
/// </summary>
public static class RingPreviews
{
    /// <summary>
    /// The preview of one call from <paramref name="caller"/> at <paramref name="at"/>, the heat map read in
    /// <paramref name="viewerZone"/>. <paramref name="registered"/>: names of the user's dual-mode devices registered to
    /// Unified CM (case-insensitive); <paramref name="activeCalls"/>: Single Number Reach calls the user already has.
    /// </summary>
    public static RingPreview Compute(RingSubject subject, CallerId caller, DateTimeOffset at, TimeZoneInfo viewerZone,
        IEnumerable<string> registered, int activeCalls, bool heatMap = true)
    {
        var devices = new HashSet<string>(registered, StringComparer.OrdinalIgnoreCase);
        var forwardNoAnswer = subject.Settings.ForwardNoAnswerTimerSeconds * 1000;
        var (phones, destinations) = Ordered(subject);
        List<RingPreviewDestination> rows =
        [
            .. phones.Select(p => DeskRow(subject, p, devices, activeCalls, forwardNoAnswer)),
            .. destinations.Select(d => DestinationRow(subject, d, caller, at, devices, activeCalls, forwardNoAnswer)),
        ];
        var ds0 = rows.Count(r => r.Kind != RingPreviewKind.DeskPhone && r.Rings && r.RingStartMs < r.RingStopMs);
        var ds0Explanation = $"{ds0} PSTN DS0{(ds0 == 1 ? "" : "s")} while ringing: one per remote destination or mobility identity rung, held up to 10 s even when unanswered (SRND L1439). "
            + "A caller on the PSTN takes one more for the inbound leg, and an answer at a remote destination hairpins the call through two gateway ports (SRND L905).";
        return new RingPreview(
            rows,
            ds0,
            subject.User.UserId,
            caller.ToString(),
            at,
            viewerZone.Id,
            forwardNoAnswer,
            ds0Explanation,
            heatMap ? HeatMap(subject, caller, WallClock.WeekStart(at, viewerZone), viewerZone, devices, activeCalls) : null,
            [.. subject.Phones.Where(p => p.IsDualModeSmartphone).Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>
    /// The week from Monday <paramref name="weekStart"/> in <paramref name="zone"/>, quarter hour by quarter hour: each
    /// local time turned into its instant (<see cref="WallClock.ToInstant"/>), then the same decision as the preview.
    /// Rows are in the preview's order.
    /// </summary>
    public static RingHeatMap HeatMap(RingSubject subject, CallerId caller, DateOnly weekStart, TimeZoneInfo zone, IEnumerable<string> registered, int activeCalls)
    {
        var devices = registered as HashSet<string> ?? new HashSet<string>(registered, StringComparer.OrdinalIgnoreCase);
        var (phones, destinations) = Ordered(subject);
        var slots = new HeatMapSlot[phones.Count + destinations.Count][];
        for (var row = 0; row < slots.Length; row++)
        {
            slots[row] = new HeatMapSlot[RingHeatMap.Days * RingHeatMap.SlotsPerDay];
        }

        // A desk phone's answer does not depend on the time: one decision for the whole week.
        var deskRings = phones.Select(p => DeskReason(subject.User, p, devices, activeCalls) == RingReason.Rings).ToArray();
        var circumstances = destinations.Select(d => Circumstances(d, devices, activeCalls)).ToArray();
        var monday = weekStart.ToDateTime(TimeOnly.MinValue);
        for (var slot = 0; slot < RingHeatMap.Days * RingHeatMap.SlotsPerDay; slot++)
        {
            var instant = WallClock.ToInstant(monday.AddMinutes(slot * RingHeatMap.SlotMinutes), zone);
            for (var row = 0; row < slots.Length; row++)
            {
                bool rings;
                if (instant is null)
                {
                    slots[row][slot] = HeatMapSlot.NotInWeek;
                    continue;
                }
                else if (row < phones.Count)
                {
                    rings = deskRings[row];
                }
                else
                {
                    var d = destinations[row - phones.Count];
                    rings = RingDecisions.Reason(d, subject.User, d.AccessList, caller, instant.Value, circumstances[row - phones.Count]) == RingReason.Rings;
                }

                slots[row][slot] = rings ? HeatMapSlot.Rings : HeatMapSlot.Silent;
            }
        }

        var names = phones.Select(p => (RingPreviewKind.DeskPhone, p.Name)).Concat(destinations.Select(d => (Kind(d), d.Name))).ToList();
        return new RingHeatMap(zone.Id, weekStart, [.. names.Select((n, i) => new RingHeatMapRow(n.Item1, n.Item2, slots[i]))]);
    }

    /// <summary>Phones by name; then remote destinations, then mobility identities, each by name.</summary>
    private static (List<Phone> Phones, List<RemoteDestination> Destinations) Ordered(RingSubject subject) =>
        ([.. subject.Phones.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)],
         [.. subject.Destinations.OrderBy(d => d.IsMobilityIdentity).ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)]);

    private static RingPreviewKind Kind(RemoteDestination d) => d.IsMobilityIdentity ? RingPreviewKind.MobilityIdentity : RingPreviewKind.RemoteDestination;

    private static RingCircumstances Circumstances(RemoteDestination d, HashSet<string> registered, int activeCalls) =>
        new(d.IsMobilityIdentity && d.DualModeDevice is { } device && registered.Contains(device.Name), d.MobilityProfileId is not null, activeCalls);

    /// <summary>
    /// A phone on the user's line rings at once, whatever the caller and the time (SRND L895). It does not when the
    /// call goes to voicemail because the user already has two Single Number Reach calls (SRND L1392), and a
    /// dual-mode device rings on the enterprise line only while registered (SRND L2196). Other phones are taken as
    /// registered: the preview does not know otherwise.
    /// </summary>
    private static RingReason DeskReason(EndUser user, Phone phone, HashSet<string> registered, int activeCalls) =>
        user.EnableMobility && activeCalls >= RingDecisions.MaxSimultaneousSingleNumberReachCalls ? RingReason.TooManySimultaneousCalls
        : phone.IsDualModeSmartphone && !registered.Contains(phone.Name) ? RingReason.DualModeDeviceNotRegistered
        : RingReason.Rings;

    private static RingPreviewDestination DeskRow(RingSubject subject, Phone phone, HashSet<string> registered, int activeCalls, int forwardNoAnswer)
    {
        var lines = string.Join(", ", phone.Lines.OrderBy(l => l.LineIndex).Select(l => l.DirectoryNumber?.Pattern).OfType<string>());
        var reason = DeskReason(subject.User, phone, registered, activeCalls);
        var explanation = reason switch
        {
            RingReason.TooManySimultaneousCalls =>
                $"{subject.User.UserId} already has {activeCalls} Single Number Reach calls; Single Number Reach supports two per user and sends more to voicemail, so nothing rings (SRND L1392).",
            RingReason.DualModeDeviceNotRegistered =>
                $"{phone.Name} is not registered to Unified CM, so it cannot ring on the enterprise line; Single Number Reach may ring its mobility identity instead (SRND L2196).",
            _ => (phone.IsDualModeSmartphone
                    ? $"{phone.Name} is registered to Unified CM and rings on the enterprise line over the enterprise network (SRND L1540, L2196)."
                    : $"{phone.Name} rings on the enterprise line as soon as the call arrives (SRND L895).")
                + $" It rings until the cluster's Forward No Answer ({forwardNoAnswer} ms) sends the call to voicemail (SRND L1016).",
        };
        var rings = reason == RingReason.Rings;
        return new RingPreviewDestination(RingPreviewKind.DeskPhone, phone.Name, lines, rings, reason, explanation,
            rings ? 0 : null, rings ? forwardNoAnswer : null, rings ? 0 : null);
    }

    private static RingPreviewDestination DestinationRow(RingSubject subject, RemoteDestination d, CallerId caller, DateTimeOffset at,
        HashSet<string> registered, int activeCalls, int forwardNoAnswer)
    {
        var decision = RingDecisions.Decide(d, subject.User, d.AccessList, caller, at, Circumstances(d, registered, activeCalls));
        if (!decision.Rings)
        {
            return new RingPreviewDestination(Kind(d), d.Name, d.DestinationNumber, false, decision.Reason, decision.Explanation, null, null, null);
        }

        // SRND L1014-1030: the leg is extended after Delay Before Ringing; Answer Too Soon and Answer Too Late count
        // from then. The desk phone's Forward No Answer sends the call to voicemail and clears every leg.
        var start = d.DelayBeforeRingingTimer;
        var timerControl = subject.Settings.EffectivePolicy(d.SingleNumberReachVoicemailPolicy) == VoicemailPolicy.TimerControl;
        var answerFrom = timerControl ? start + d.AnswerTooSoonTimer : start;
        var tooLate = start + d.AnswerTooLateTimer;
        var stop = Math.Min(tooLate, forwardNoAnswer);
        var timeline = stop <= start
            ? $" But the call forwards to voicemail at {forwardNoAnswer} ms (Forward No Answer), before this destination's Delay Before Ringing ({start} ms): it is never actually rung (W3, SRND L1016)."
            : answerFrom >= stop
                ? $" But ringing stops at {stop} ms, before an answer would be kept ({answerFrom} ms): the call cannot be taken here (W3, SRND L1016-1020)."
                : $" It rings from {start} ms (Delay Before Ringing); "
                  + (timerControl
                      ? $"an answer before {answerFrom} ms is taken for a mobile voicemail and dropped (Answer Too Soon); "
                      : "an answer counts once the user presses a key (User Control, SRND L1032); ")
                  + $"ringing stops at {stop} ms ({(tooLate <= forwardNoAnswer ? "Answer Too Late" : "the cluster's Forward No Answer")}) (SRND L1014-1030).";
        return new RingPreviewDestination(Kind(d), d.Name, d.DestinationNumber, true, decision.Reason, decision.Explanation + timeline, start, stop, answerFrom);
    }
}
