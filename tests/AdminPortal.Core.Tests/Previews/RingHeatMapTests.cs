using AdminPortal.Core.Previews;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Previews.RingSubjects;

namespace AdminPortal.Core.Tests.Previews;

/// <summary>
/// The ring preview's week: 7 × 96 quarter hours in the viewer's zone, right across both daylight-saving changes
/// of America/Los_Angeles and Europe/London.
/// </summary>
public sealed class RingHeatMapTests
{
    private static RingSubject Subject()
    {
        var device = DualModePhone();
        return RingSubjects.Subject(User(), [DeskPhone(), device],
        [
            // A London office's weekday hours, a Los Angeles evening, a UTC slot, and an allowed list.
            Destination("london", "+442077770101", "Europe/London", Weekdays(8 * 60, 18 * 60)),
            Destination("evening", "+14085557890", "America/Los_Angeles", Weekdays(17 * 60, 24 * 60)),
            Destination("early", "+14085550001", "Etc/UTC", new RingSchedule
            {
                AllTheTime = false,
                Entries = [new RingScheduleEntry { Day = DayOfWeek.Sunday, Kind = RingScheduleEntryKind.FromTo, StartMinute = 8 * 60, EndMinute = (8 * 60) + 15 }],
            }),
            Destination("family", "+14085553002", "America/Los_Angeles").Filtered(List(true, "+1919555XXXX")),
            MobilityIdentity(device),
        ]);
    }

    public static TheoryData<string, string, string> Weeks() => new()
    {
        { "America/Los_Angeles", "2026-03-08", "+19195550123" }, // spring forward, Sunday 02:00 -> 03:00
        { "America/Los_Angeles", "2026-11-01", "+19195550123" }, // fall back, Sunday 02:00 -> 01:00
        { "Europe/London", "2026-03-29", "+15551230000" },       // spring forward, Sunday 01:00 -> 02:00
        { "Europe/London", "2026-10-25", "private" },            // fall back, Sunday 02:00 -> 01:00
        { "Etc/UTC", "2026-11-25", "+19195550123" },
    };

    [Theory]
    [MemberData(nameof(Weeks))]
    public void HeatMap_EverySlotOfTheWeek_MatchesDecideAtThatSlotsFirstInstant(string zoneId, string day, string caller)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var subject = Subject();
        Assert.True(CallerId.TryParse(caller, out var callerId));
        var at = DateTimeOffset.Parse(day + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var map = Preview(subject, callerId, at, zoneId, heatMap: true).HeatMap!;

        // Independently of the code under test: walk the week's instants every 15 minutes (from before its first
        // local midnight to after its last), file each under the local quarter hour it shows, keep the first.
        var monday = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        monday = monday.AddDays(-(((int)monday.DayOfWeek + 6) % 7));
        Assert.Equal(monday, map.WeekStart);
        var firstInstant = new Dictionary<int, DateTimeOffset>();
        var start = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-15);
        for (var instant = start; instant < start.AddDays(8); instant = instant.AddMinutes(15))
        {
            var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
            var dayIndex = DateOnly.FromDateTime(local).DayNumber - monday.DayNumber;
            if (dayIndex is >= 0 and < 7)
            {
                firstInstant.TryAdd((dayIndex * 96) + (((local.Hour * 60) + local.Minute) / 15), instant);
            }
        }

        var rows = map.Rows.Where(r => r.Kind != RingPreviewKind.DeskPhone).ToList();
        Assert.Equal(subject.Destinations.Count, rows.Count);
        foreach (var row in rows)
        {
            var destination = subject.Destinations.Single(d => d.Name == row.Name);
            var circumstances = new RingCircumstances(ActiveSingleNumberReachCalls: 0);
            for (var slot = 0; slot < 7 * 96; slot++)
            {
                var expected = firstInstant.TryGetValue(slot, out var instant)
                    ? RingDecisions.Decide(destination, subject.User, destination.AccessList, callerId, instant, circumstances).Rings ? HeatMapSlot.Rings : HeatMapSlot.Silent
                    : HeatMapSlot.NotInWeek;
                Assert.True(expected == row.Slots[slot], $"{row.Name}, day {slot / 96}, {slot % 96 / 4:00}:{slot % 4 * 15:00}: expected {expected}, got {row.Slots[slot]}");
            }
        }
    }

    [Theory]
    [InlineData("America/Los_Angeles", "2026-03-08", 2)]
    [InlineData("Europe/London", "2026-03-29", 1)]
    public void HeatMap_SpringForward_MarksTheSkippedHourNotInWeek(string zone, string sunday, int skippedHour)
    {
        var at = DateTimeOffset.Parse(sunday + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var map = Preview(Subject(), CallerId.Of("+15551230000"), at, zone, heatMap: true).HeatMap!;

        var desk = map.Rows[0];
        for (var quarter = 0; quarter < 96; quarter++)
        {
            var skipped = quarter / 4 == skippedHour;
            Assert.Equal(skipped ? HeatMapSlot.NotInWeek : HeatMapSlot.Rings, desk.At(6, quarter));
        }

        Assert.Equal(4, map.Rows.Sum(r => r.Slots.Count(s => s == HeatMapSlot.NotInWeek)) / map.Rows.Count);
    }

    [Theory]
    // Los Angeles falls back at 02:00 PDT: 01:00 PDT is 08:00 UTC (the first 01:00), 01:00 PST is 09:00 UTC.
    [InlineData("America/Los_Angeles", "2026-11-01", 8 * 60)]
    // London falls back at 02:00 BST: 01:00 BST is 00:00 UTC (the first 01:00), 01:00 GMT is 01:00 UTC.
    [InlineData("Europe/London", "2026-10-25", 0)]
    public void HeatMap_FallBack_TakesTheRepeatedHourAtItsFirstOccurrence(string zone, string sunday, int utcMinute)
    {
        var at = DateTimeOffset.Parse(sunday + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var subject = RingSubjects.Subject(User(), [],
        [
            Destination("first", "+14085550001", "Etc/UTC", new RingSchedule
            {
                AllTheTime = false,
                Entries = [new RingScheduleEntry { Day = DayOfWeek.Sunday, Kind = RingScheduleEntryKind.FromTo, StartMinute = utcMinute, EndMinute = utcMinute + 15 }],
            }),
        ]);

        var row = Assert.Single(Preview(subject, CallerId.Of("+15551230000"), at, zone, heatMap: true).HeatMap!.Rows);

        // Only Sunday 01:00-01:15 local rings, and 01:00 is read as the first of the two.
        Assert.Equal([(6 * 96) + 4], Enumerable.Range(0, 7 * 96).Where(q => row.Slots[q] == HeatMapSlot.Rings));
        Assert.DoesNotContain(HeatMapSlot.NotInWeek, row.Slots);
    }

    [Fact]
    public void HeatMap_ViewerInLondonDuringTheUsOnlyDaylightWeeks_ShiftsLosAngelesHoursByOneHour()
    {
        // 2026-03-09..13: Los Angeles is on PDT (UTC-7), London still on GMT: 17:00 PDT is 00:00 GMT next day.
        var map = Preview(Subject(), CallerId.Of("+15551230000"), DateTimeOffset.Parse("2026-03-10T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), "Europe/London", heatMap: true).HeatMap!;
        var evening = map.Rows.Single(r => r.Name == "evening");

        // Tuesday 00:00 GMT = Monday 17:00 PDT: rings. Monday 00:00 GMT = Sunday 17:00 PDT: no Sunday entry.
        Assert.Equal(HeatMapSlot.Rings, evening.At(1, 0));
        Assert.Equal(HeatMapSlot.Silent, evening.At(0, 0));
        // Tuesday 06:45 GMT = Monday 23:45 PDT rings; 07:00 GMT = 24:00 PDT, the end of Monday's entry.
        Assert.Equal(HeatMapSlot.Rings, evening.At(1, 27));
        Assert.Equal(HeatMapSlot.Silent, evening.At(1, 28));
    }
}
