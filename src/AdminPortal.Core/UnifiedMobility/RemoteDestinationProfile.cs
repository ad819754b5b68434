using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;

namespace AdminPortal.Core.UnifiedMobility;

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

    public override void ArrangeParts() => Lines.Sort((a, b) => a.LineIndex.CompareTo(b.LineIndex));

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Description = OptionalText.Trim(Description);
        for (var i = 0; i < Lines.Count; i++)
        {
            Lines[i].LineIndex = i + 1;
        }
    }
}
