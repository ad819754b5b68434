using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Bulk.BulkText;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>The remote destination file with BAT's own header row (interchange reference, section 2) is read.</summary>
public sealed class BatRemoteDestinationFileTests
{
    private const string BatHeader =
        "NAME, REMOTE DESTINATION PROFILE, TIME ZONE, DUAL MODE DEVICE, MOBILE SMART CLIENT, CTI REMOTE DEVICE, "
        + "DESTINATION, ANSWER TOO SOON TIMER, ANSWER TOO LATE TIMER, DELAY BEFORE RINGING TIMER, IS MOBILE PHONE, "
        + "ENABLE MOBILE CONNECT 1, DAY OF WEEK 1, START TIME 1, END TIME 1, DAY OF WEEK 2, START TIME 2, END TIME 2, "
        + "DAY OF WEEK 3, START TIME 3, END TIME 3, DAY OF WEEK 4, START TIME 4, END TIME 4, DAY OF WEEK 5, START TIME 5, END TIME 5, "
        + "DAY OF WEEK 6, START TIME 6, END TIME 6, DAY OF WEEK 7, START TIME 7, END TIME 7, "
        + "ACCESS LIST 1, ASSOCIATED LINE NUMBER 1, ROUTE PARTITION 1, MOBILITY PROFILE, "
        + "SINGLE NUMBER REACH VOICEMAIL POLICY, DIAL-VIA-OFFICE REVERSE VOICEMAIL POLICY";

    [Fact]
    public async Task BatHeaderRow_AndARow_AreRead()
    {
        var row = "John mobile,JSMITH_RDP,America/New_York,,,,+14085551234,1500,19000,4000,t,t,"
            + "Mon-Fri,08:00,18:00,Sat,10:00,12:00,,,,,,,,,,,,,,,,"
            + "jsmith_blocked,1001,Internal_PT,,Timer Control,Use System Default";

        var read = Assert.Single(await ReadAsync("remote-destinations", BatHeader + "\r\n" + row + "\r\n"));

        Assert.True(read.IsRead, string.Join("; ", read.Problems.Select(p => p.Message)));
        var destination = read.ResourceAs<AxlRemoteDestination>();
        Assert.Equal("+14085551234", read.Key);
        Assert.Equal(("John mobile", "JSMITH_RDP", "America/New_York", "+14085551234", true, true),
            (destination.Name, destination.RemoteDestinationProfileName, destination.TimeZone, destination.Destination, destination.IsMobilePhone, destination.EnableMobileConnect));
        Assert.Equal("", destination.OwnerUserId);
        Assert.Equal(
            [("Mon", "Fri", "08:00", "18:00"), ("Sat", "Sat", "10:00", "12:00")],
            destination.RingSchedule.Select(m => (m.StartDay, m.EndDay, m.StartTime, m.EndTime)));
        Assert.Equal("jsmith_blocked", destination.AccessListName);
        Assert.Equal(("1001", "Internal_PT"), (destination.LineAssociations[0].Pattern, destination.LineAssociations[0].RoutePartitionName));
        Assert.Equal(VoicemailPolicy.TimerControl, destination.SingleNumberReachVoicemail);
    }

    [Fact]
    public async Task RingScheduleItem_WithoutItsTimes_IsRefusedAtTheCell()
    {
        var read = Assert.Single(await ReadAsync("remote-destinations", "DESTINATION,DAY OF WEEK 1,START TIME 1,END TIME 1\r\n+14085551234,Mon,,18:00\r\n"));

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("START TIME 1", "START TIME 1 is required."), (problem.Column, problem.Message));
    }
}
