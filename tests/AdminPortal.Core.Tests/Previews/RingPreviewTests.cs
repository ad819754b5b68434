using System.Globalization;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Previews.RingSubjects;

namespace AdminPortal.Core.Tests.Previews;

/// <summary>The ring preview: who rings for one call, why, when, and the DS0s it takes (SRND L895-1070, L1392, L1439, L2196).</summary>
public sealed class RingPreviewTests
{
    // Wednesday 2026-11-25 12:00 UTC.
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Compute_MobilityIdentityWhileItsDeviceIsRegistered_DoesNotRingUnlessDialViaOffice()
    {
        var device = DualModePhone();

        var registered = Preview(Subject(User(), [device], [MobilityIdentity(device)]), CallerId.Of("+15551230000"), Noon, registered: ["tctjsmith"]);
        var unregistered = Preview(Subject(User(), [device], [MobilityIdentity(device)]), CallerId.Of("+15551230000"), Noon);
        var dialViaOffice = Preview(Subject(User(), [device], [MobilityIdentity(device, dialViaOffice: true)]), CallerId.Of("+15551230000"), Noon, registered: ["TCTJSMITH"]);

        Assert.Equal(RingReason.MobilityIdentityDeviceRegistered, registered.Row("iPhone").Reason);
        Assert.False(registered.Row("iPhone").Rings);
        Assert.Contains("SRND L1544, L2196", registered.Row("iPhone").Explanation, StringComparison.Ordinal);
        Assert.True(registered.Row("TCTJSMITH").Rings);
        Assert.Equal(0, registered.Ds0);

        Assert.True(unregistered.Row("iPhone").Rings);
        Assert.Equal(RingReason.DualModeDeviceNotRegistered, unregistered.Row("TCTJSMITH").Reason);
        Assert.Equal(1, unregistered.Ds0);

        Assert.True(dialViaOffice.Row("iPhone").Rings);
        Assert.True(dialViaOffice.Row("TCTJSMITH").Rings);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(5, false)]
    public void Compute_ThirdSimultaneousSingleNumberReachCall_GoesToVoicemail(int activeCalls, bool rings)
    {
        var preview = Preview(Subject(User(), [DeskPhone()], [Destination("mobile", "+14085557890")]), CallerId.Of("+15551230000"), Noon, activeCalls: activeCalls);

        Assert.All(preview.Destinations, d => Assert.Equal(rings, d.Rings));
        if (!rings)
        {
            Assert.All(preview.Destinations, d =>
            {
                Assert.Equal(RingReason.TooManySimultaneousCalls, d.Reason);
                Assert.Contains("SRND L1392", d.Explanation, StringComparison.Ordinal);
            });
            Assert.Equal(0, preview.Ds0);
        }
    }

    [Fact]
    public void Compute_UserWithoutMobility_RingsTheDeskPhoneWhateverTheCallsInProgress()
    {
        var preview = Preview(Subject(User(mobility: false), [DeskPhone()], [Destination("mobile", "+14085557890")]), CallerId.Of("+15551230000"), Noon, activeCalls: 3);

        Assert.True(preview.Row("SEP001122334455").Rings);
        Assert.Equal(RingReason.UserMobilityOff, preview.Row("mobile").Reason);
    }

    /// <summary>A scenario per reason: a reason added to RingReason without one fails here.</summary>
    public static TheoryData<RingReason> Reasons() => [.. Enum.GetValues<RingReason>()];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Compute_EveryRingReason_IsReachedAndExplainedWithItsGuideLine(RingReason reason)
    {
        var device = DualModePhone();
        var user = User(mobility: reason != RingReason.UserMobilityOff);
        var destination = reason switch
        {
            RingReason.MobilityIdentityDeviceRegistered or RingReason.DualModeDeviceNotRegistered => MobilityIdentity(device),
            RingReason.OutsideRingSchedule => Destination("x", "+14085557890", schedule: Weekdays(0, 60)),
            RingReason.BlockedByList => Destination("x", "+14085557890").Filtered(List(false, "+1555XXXXXXX")),
            RingReason.NotOnAllowedList => Destination("x", "+14085557890").Filtered(List(true, "+1666XXXXXXX")),
            _ => Destination("x", "+14085557890"),
        };
        destination.EnableSingleNumberReach = reason != RingReason.SingleNumberReachOff;
        var preview = Preview(Subject(user, [DeskPhone(), device], [destination]), CallerId.Of("+15551230000"), Noon,
            registered: reason == RingReason.DualModeDeviceNotRegistered ? [] : [device.Name],
            activeCalls: reason == RingReason.TooManySimultaneousCalls ? 2 : 0);

        Assert.Contains(preview.Destinations, d => d.Reason == reason);
        var row = preview.Destinations.First(d => d.Reason == reason);
        Assert.Equal(reason == RingReason.Rings, row.Rings);
        if (reason != RingReason.Rings)
        {
            Assert.Matches(@"SRND L\d+", row.Explanation);
        }
    }

    [Fact]
    public void Compute_DefaultTimers_RingFromDelayBeforeRingingUntilForwardNoAnswer()
    {
        var preview = Preview(Subject(User(), [DeskPhone()], [Destination("mobile", "+14085557890")]), CallerId.Of("+15551230000"), Noon);

        var desk = preview.Row("SEP001122334455");
        Assert.Equal((0, 12_000), (desk.RingStartMs, desk.RingStopMs));
        Assert.Equal("+14085551234", desk.Destination);
        var mobile = preview.Row("mobile");
        Assert.Equal(4_000, mobile.RingStartMs);
        Assert.Equal(5_500, mobile.AnswerFromMs);
        Assert.Equal(12_000, mobile.RingStopMs);
        Assert.Contains("Forward No Answer", mobile.Explanation, StringComparison.Ordinal);
        Assert.Equal(12_000, preview.ForwardNoAnswerMs);
        Assert.Equal(1, preview.Ds0);
    }

    [Fact]
    public void Compute_LongForwardNoAnswer_StopsRingingAtAnswerTooLate()
    {
        var settings = ClusterMobilitySettings.Defaults();
        settings.ForwardNoAnswerTimerSeconds = 30;
        var destination = Destination("mobile", "+14085557890");
        destination.DelayBeforeRingingTimer = 1_000;
        destination.AnswerTooSoonTimer = 2_000;
        destination.AnswerTooLateTimer = 15_000;

        var row = Preview(Subject(User(), [], [destination], settings), CallerId.Of("+15551230000"), Noon).Row("mobile");

        Assert.Equal((1_000, 3_000, 16_000), (row.RingStartMs, row.AnswerFromMs, row.RingStopMs));
        Assert.Contains("Answer Too Late", row.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_UserControlVoicemailPolicy_KeepsAnAnswerFromTheFirstRing()
    {
        var destination = Destination("mobile", "+14085557890");
        destination.SingleNumberReachVoicemailPolicy = VoicemailPolicy.UserControl;

        var row = Preview(Subject(User(), [], [destination]), CallerId.Of("+15551230000"), Noon).Row("mobile");

        Assert.Equal(row.RingStartMs, row.AnswerFromMs);
        Assert.Contains("User Control", row.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ForwardNoAnswerBeforeDelayBeforeRinging_NeverRingsTheDestinationAndTakesNoDs0()
    {
        var settings = ClusterMobilitySettings.Defaults();
        settings.ForwardNoAnswerTimerSeconds = 3;

        var preview = Preview(Subject(User(), [], [Destination("mobile", "+14085557890")], settings), CallerId.Of("+15551230000"), Noon);

        Assert.Contains("never actually rung", preview.Row("mobile").Explanation, StringComparison.Ordinal);
        Assert.Equal(0, preview.Ds0);
    }

    [Fact]
    public void Compute_SeveralDestinations_TakesOneDs0PerDestinationRung()
    {
        var destinations = new[]
        {
            Destination("mobile", "+14085557890"),
            Destination("home", "+14085553002").Filtered(List(true, "+1919555XXXX")),
            Destination("office", "+14085554000"),
            Destination("lab", "+14085554001").Filtered(List(false, "private")),
        };

        var preview = Preview(Subject(User(), [DeskPhone()], destinations), CallerId.Private, Noon);

        Assert.Equal(["SEP001122334455", "home", "lab", "mobile", "office"], preview.Destinations.Select(d => d.Name));
        Assert.Equal(2, preview.Ds0);
        Assert.Contains("SRND L1439", preview.Ds0Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1440, "2026-11-27T23:45:00Z", true)]  // Friday 23:45, entry to 24:00
    [InlineData(0, 1440, "2026-11-28T00:00:00Z", false)] // Saturday 00:00: no entry that day
    [InlineData(0, 1440, "2026-11-30T00:00:00Z", true)]  // Monday 00:00 is in 00:00-24:00
    [InlineData(0, 15, "2026-11-30T00:14:59Z", true)]
    [InlineData(0, 15, "2026-11-30T00:15:00Z", false)]
    [InlineData(1320, 1440, "2026-11-30T23:59:00Z", true)] // 22:00-24:00 includes 23:59
    [InlineData(1320, 1440, "2026-12-01T00:00:00Z", false)] // and ends at midnight: Tuesday 00:00 is Tuesday's
    [InlineData(1320, 1440, "2026-11-30T21:59:00Z", false)]
    public void Compute_ScheduleEdgesAtMidnight_StartIncludedEndExcluded(int start, int end, string utc, bool rings)
    {
        var destination = Destination("mobile", "+14085557890", schedule: Weekdays(start, end));
        destination.RingSchedule!.Entries.RemoveAll(e => e.Day == DayOfWeek.Tuesday);

        var row = Preview(Subject(User(), [], [destination]), CallerId.Of("+15551230000"), Utc(utc)).Row("mobile");

        Assert.Equal(rings, row.Rings);
    }
}
