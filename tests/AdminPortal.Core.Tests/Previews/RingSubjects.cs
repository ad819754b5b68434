using AdminPortal.Core.Cluster;
using AdminPortal.Core.Previews;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Tests.Previews;

/// <summary>Called users built in memory for the ring preview tests.</summary>
public static class RingSubjects
{
    public static EndUser User(bool mobility = true) => new() { Id = 1, UserId = "jsmith", LastName = "Smith", EnableMobility = mobility };

    public static Phone DeskPhone(string name = "SEP001122334455", string line = "+14085551234") => new()
    {
        Id = 10,
        Name = name,
        DeviceType = DeviceType.CiscoIpPhone8865,
        Lines = [new PhoneLine { LineIndex = 1, DirectoryNumber = new DirectoryNumber { Pattern = line } }],
    };

    public static Phone DualModePhone(string name = "TCTJSMITH") => new() { Id = 11, Name = name, DeviceType = DeviceType.CiscoDualModeForIPhone };

    public static RingSchedule Weekdays(int start = 8 * 60, int end = 18 * 60) => new()
    {
        AllTheTime = false,
        Entries = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new RingScheduleEntry { Day = d, Kind = RingScheduleEntryKind.FromTo, StartMinute = start, EndMinute = end })],
    };

    public static RemoteDestination Destination(string name, string number, string zone = "Etc/GMT", RingSchedule? schedule = null) => new()
    {
        Name = name,
        DestinationNumber = number,
        TimeZone = zone,
        RingSchedule = schedule ?? new RingSchedule { AllTheTime = true },
    };

    public static RemoteDestination MobilityIdentity(Phone device, string number = "+14085559012", bool dialViaOffice = false) => new()
    {
        Name = "iPhone",
        DestinationNumber = number,
        DualModeDeviceId = device.Id,
        DualModeDevice = device,
        MobilityProfileId = dialViaOffice ? 1 : null,
        RingSchedule = new RingSchedule { AllTheTime = true },
    };

    public static AccessList List(bool allowed, params string[] masks) => new()
    {
        Name = allowed ? "family" : "spam",
        IsAllowedType = allowed,
        Members = [.. masks.Select(m => m switch
        {
            "private" => new AccessListMember { FilterType = AccessListFilterType.Private },
            "unavailable" => new AccessListMember { FilterType = AccessListFilterType.NotAvailable },
            _ => new AccessListMember { FilterType = AccessListFilterType.DirectoryNumber, NumberMask = m },
        })],
    };

    public static RemoteDestination Filtered(this RemoteDestination destination, AccessList list)
    {
        destination.CallerFilter = list.IsAllowedType ? CallerFilterMode.RingOnlyIfCallerInAllowedList : CallerFilterMode.DoNotRingIfCallerInBlockedList;
        destination.AccessList = list;
        return destination;
    }

    public static RingSubject Subject(EndUser user, IEnumerable<Phone> phones, IEnumerable<RemoteDestination> destinations, ClusterMobilitySettings? settings = null) =>
        new(user, [.. phones], [.. destinations], settings ?? ClusterMobilitySettings.Defaults());

    public static RingPreview Preview(RingSubject subject, CallerId caller, DateTimeOffset at, string zone = "Etc/GMT", IEnumerable<string>? registered = null, int activeCalls = 0, bool heatMap = false) =>
        RingPreviews.Compute(subject, caller, at, TimeZoneInfo.FindSystemTimeZoneById(zone), registered ?? [], activeCalls, heatMap);

    public static RingPreviewDestination Row(this RingPreview preview, string name) => preview.Destinations.Single(d => d.Name == name);
}
