using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

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

    public override void ArrangeParts()
    {
        Lines.Sort((a, b) => a.Id.CompareTo(b.Id));
        if (RingSchedule is not null)
        {
            RingSchedules.SortByWeek(RingSchedule);
        }
    }

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
            foreach (var entry in RingSchedule.Entries)
            {
                if (entry.Kind == RingScheduleEntryKind.AllDay)
                {
                    entry.StartMinute = 0;
                    entry.EndMinute = RingSchedules.MinutesPerDay;
                }
            }

            if (RingSchedule.AllTheTime)
            {
                RingSchedule.Entries.Clear();
            }
        }
    }
}
