using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>End User (<c>XUser</c>), the mobility part.</summary>
public sealed class EndUser : Entity
{
    public const int DefaultMaxDeskPickupWaitTime = 10000;
    public const int DefaultRemoteDestinationLimit = 4;

    public string UserId { get; set; } = "";

    public string? FirstName { get; set; }

    public string LastName { get; set; } = "";

    public string? MailId { get; set; }

    public string? TelephoneNumber { get; set; }

    public string? MobileNumber { get; set; }

    /// <summary>Numeric PIN used by Mobile Voice Access and Enterprise Feature Access.</summary>
    public string? Pin { get; set; }

    public bool EnableMobility { get; set; }

    public bool EnableMobileVoiceAccess { get; set; }

    /// <summary>Milliseconds, 0-30000 (R7, SRND L926).</summary>
    public int MaxDeskPickupWaitTime { get; set; } = DefaultMaxDeskPickupWaitTime;

    /// <summary>1-10 (R7, AXL).</summary>
    public int RemoteDestinationLimit { get; set; } = DefaultRemoteDestinationLimit;

    public int? PrimaryDeviceId { get; set; }

    public Phone? PrimaryDevice { get; set; }

    public override void Normalize()
    {
        UserId = UserId?.Trim() ?? "";
        LastName = LastName?.Trim() ?? "";
        FirstName = Blank(FirstName);
        MailId = Blank(MailId);
        TelephoneNumber = Blank(TelephoneNumber);
        MobileNumber = Blank(MobileNumber);
        Pin = Blank(Pin);
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Directory Number with its partition.</summary>
public sealed class DirectoryNumber : Entity
{
    public string Pattern { get; set; } = "";

    public int? PartitionId { get; set; }

    public Partition? Partition { get; set; }

    public string? Description { get; set; }

    public override void Normalize()
    {
        Pattern = Pattern?.Trim() ?? "";
        Description = EndUser.Blank(Description);
    }
}

/// <summary>Phone, only what mobility needs.</summary>
public sealed class Phone : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public DeviceType DeviceType { get; set; }

    /// <summary>The phone's home device pool.</summary>
    public int DevicePoolId { get; set; }

    public DevicePool? DevicePool { get; set; }

    public DeviceMobilityMode DeviceMobilityMode { get; set; } = DeviceMobilityMode.Default;

    public int? OwnerId { get; set; }

    public EndUser? Owner { get; set; }

    /// <summary>Comma-separated numbers a dual-mode device places over the cellular network (SRND L2198).</summary>
    public string? EmergencyNumbers { get; set; }

    public List<PhoneLine> Lines { get; set; } = [];

    public bool IsDualModeSmartphone => DeviceTypes.IsDualModeSmartphone(DeviceType);

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Description = EndUser.Blank(Description);
        EmergencyNumbers = string.IsNullOrWhiteSpace(EmergencyNumbers) ? null : string.Join(",", EmergencyNumbers.Split(',').Select(n => n.Trim()));
        for (var i = 0; i < Lines.Count; i++)
        {
            Lines[i].LineIndex = i + 1;
        }
    }
}

public sealed class PhoneLine : Entity
{
    public int PhoneId { get; set; }

    public Phone? Phone { get; set; }

    public int DirectoryNumberId { get; set; }

    public DirectoryNumber? DirectoryNumber { get; set; }

    public int LineIndex { get; set; }
}

/// <summary>Remote Destination Profile: a virtual phone sharing the user's desk line (SRND L882-884).</summary>
public sealed class RemoteDestinationProfile : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int UserId { get; set; }

    public EndUser? User { get; set; }

    public int DevicePoolId { get; set; }

    public DevicePool? DevicePool { get; set; }

    public int? CallingSearchSpaceId { get; set; }

    public CallingSearchSpace? CallingSearchSpace { get; set; }

    public int? ReroutingCallingSearchSpaceId { get; set; }

    public CallingSearchSpace? ReroutingCallingSearchSpace { get; set; }

    public int? CallingPartyTransformationCssId { get; set; }

    public CallingSearchSpace? CallingPartyTransformationCss { get; set; }

    public bool UseDevicePoolCallingPartyTransformationCss { get; set; } = true;

    public int? UserHoldMohAudioSourceId { get; set; }

    public MohAudioSource? UserHoldMohAudioSource { get; set; }

    public int? NetworkHoldMohAudioSourceId { get; set; }

    public MohAudioSource? NetworkHoldMohAudioSource { get; set; }

    public PrivacySetting Privacy { get; set; } = PrivacySetting.Default;

    public DoNotDisturbOption DoNotDisturbOption { get; set; } = DoNotDisturbOption.RingerOff;

    public bool DoNotDisturbStatus { get; set; }

    public bool IgnorePresentationIndicators { get; set; }

    public List<RemoteDestinationProfileLine> Lines { get; set; } = [];

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Description = EndUser.Blank(Description);
        for (var i = 0; i < Lines.Count; i++)
        {
            Lines[i].LineIndex = i + 1;
        }
    }
}

public sealed class RemoteDestinationProfileLine : Entity
{
    public int RemoteDestinationProfileId { get; set; }

    public RemoteDestinationProfile? RemoteDestinationProfile { get; set; }

    public int DirectoryNumberId { get; set; }

    public DirectoryNumber? DirectoryNumber { get; set; }

    public int LineIndex { get; set; }
}

/// <summary>
/// Remote Destination (<c>XRemoteDestination</c>): a PSTN number where the user can be reached (SRND L890).
/// With <see cref="DualModeDeviceId"/> set instead of a profile it is the device's Mobility Identity.
/// </summary>
public sealed class RemoteDestination : Entity
{
    public const int DefaultAnswerTooSoonTimer = 1500;
    public const int DefaultAnswerTooLateTimer = 19000;
    public const int DefaultDelayBeforeRingingTimer = 4000;
    public const string DefaultTimeZone = "Etc/GMT";

    public string Name { get; set; } = "";

    /// <summary>1-24 characters of 0-9 * # +; unique in the cluster (R4).</summary>
    public string DestinationNumber { get; set; } = "";

    /// <summary>The number's digits, last first (kept by the context on every save): caller ID matching reads it.</summary>
    public string CallerIdDigits { get; set; } = "";

    /// <summary>The first N of <see cref="CallerIdDigits"/> for the cluster's current Partial Match N (R5, indexed).</summary>
    public string PartialMatchKey { get; set; } = "";

    public int OwnerId { get; set; }

    public EndUser? Owner { get; set; }

    public int? RemoteDestinationProfileId { get; set; }

    public RemoteDestinationProfile? RemoteDestinationProfile { get; set; }

    /// <summary>Set for a mobility identity: the dual-mode device it belongs to.</summary>
    public int? DualModeDeviceId { get; set; }

    public Phone? DualModeDevice { get; set; }

    public bool IsMobilePhone { get; set; }

    public bool EnableSingleNumberReach { get; set; } = true;

    public bool EnableExtendAndConnect { get; set; }

    /// <summary>ms; "Prevent this call from going straight to this phone's voicemail by using a time delay of".</summary>
    public int AnswerTooSoonTimer { get; set; } = DefaultAnswerTooSoonTimer;

    /// <summary>ms; "Stop ringing this phone after".</summary>
    public int AnswerTooLateTimer { get; set; } = DefaultAnswerTooLateTimer;

    /// <summary>ms; "Wait ... before ringing this phone".</summary>
    public int DelayBeforeRingingTimer { get; set; } = DefaultDelayBeforeRingingTimer;

    public VoicemailPolicy SingleNumberReachVoicemailPolicy { get; set; } = VoicemailPolicy.UseSystemDefault;

    /// <summary>Mobility identity only.</summary>
    public VoicemailPolicy DialViaOfficeReverseVoicemailPolicy { get; set; } = VoicemailPolicy.UseSystemDefault;

    /// <summary>Mobility identity only.</summary>
    public int? MobilityProfileId { get; set; }

    public MobilityProfile? MobilityProfile { get; set; }

    /// <summary>IANA time zone in which the ring schedule is read.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    public CallerFilterMode CallerFilter { get; set; } = CallerFilterMode.AlwaysRing;

    /// <summary>The allowed or blocked list named by <see cref="CallerFilter"/>.</summary>
    public int? AccessListId { get; set; }

    public AccessList? AccessList { get; set; }

    public RingSchedule? RingSchedule { get; set; }

    public List<RemoteDestinationLine> Lines { get; set; } = [];

    public bool IsMobilityIdentity => DualModeDeviceId is not null;

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        DestinationNumber = DestinationNumber?.Trim() ?? "";
        TimeZone = TimeZone?.Trim() ?? "";
        if (CallerFilter == CallerFilterMode.AlwaysRing)
        {
            AccessListId = null;
        }

        if (RingSchedule is not null)
        {
            foreach (var entry in RingSchedule.Entries.Where(e => e.Kind == RingScheduleEntryKind.AllDay))
            {
                entry.StartMinute = 0;
                entry.EndMinute = RingSchedules.MinutesPerDay;
            }

            if (RingSchedule.AllTheTime)
            {
                RingSchedule.Entries.Clear();
            }
        }
    }
}

/// <summary>Which of the profile's lines ring this remote destination.</summary>
public sealed class RemoteDestinationLine : Entity
{
    public int RemoteDestinationId { get; set; }

    public RemoteDestination? RemoteDestination { get; set; }

    public int DirectoryNumberId { get; set; }

    public DirectoryNumber? DirectoryNumber { get; set; }
}

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

/// <summary>Access List (<c>XCallerFilterList</c>).</summary>
public sealed class AccessList : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int OwnerId { get; set; }

    public EndUser? Owner { get; set; }

    /// <summary>Allowed list when true; Blocked (the default) when false.</summary>
    public bool IsAllowedType { get; set; }

    public List<AccessListMember> Members { get; set; } = [];

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Description = EndUser.Blank(Description);
        foreach (var member in Members)
        {
            member.NumberMask = member.FilterType == AccessListFilterType.DirectoryNumber ? member.NumberMask?.Trim() : null;
        }
    }
}

public sealed class AccessListMember : Entity
{
    public int AccessListId { get; set; }

    public AccessList? AccessList { get; set; }

    public AccessListFilterType FilterType { get; set; }

    /// <summary>Directory Number filter only: digits and X wildcards, optional leading +.</summary>
    public string? NumberMask { get; set; }
}

/// <summary>Mobility Profile (<c>XMobilityProfile</c>).</summary>
public sealed class MobilityProfile : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public MobileClientCallingOption MobileClientCallingOption { get; set; } = MobileClientCallingOption.DialViaOfficeReverse;

    /// <summary>Blank: the Enterprise Feature Access number is sent (SRND L1971).</summary>
    public string? DialViaOfficeReverseCallbackCallerId { get; set; }

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Description = EndUser.Blank(Description);
        DialViaOfficeReverseCallbackCallerId = EndUser.Blank(DialViaOfficeReverseCallbackCallerId);
    }
}
