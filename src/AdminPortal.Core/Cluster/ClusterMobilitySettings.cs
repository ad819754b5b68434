using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Cluster;

/// <summary>
/// Cluster-wide mobility service parameters and feature numbers: one row, Unified CM defaults
/// from the reference (section 1, "Cluster-wide settings").
/// </summary>
public sealed class ClusterMobilitySettings : Entity
{
    public const int SingletonId = 1;

    public CallerIdMatching MatchingCallerIdWithRemoteDestination { get; set; } = CallerIdMatching.CompleteMatch;

    public int PartialMatchDigits { get; set; } = 10;

    public bool EnableMobileVoiceAccess { get; set; }

    public bool EnableEnterpriseFeatureAccess { get; set; }

    /// <summary>Comma list of numbers as dialed, e.g. 9911.</summary>
    public string SystemRemoteAccessBlockedNumbers { get; set; } = "";

    /// <summary>Intelligent Session Control.</summary>
    public bool RerouteRemoteDestinationCallsToEnterpriseNumber { get; set; }

    public bool RingAllSharedLines { get; set; } = true;

    public bool IgnoreCallForwardAllOnEnterpriseDn { get; set; } = true;

    public int SessionHandoffAlertingTimerSeconds { get; set; } = 10;

    public InboundCssForRemoteDestination InboundCallingSearchSpaceForRemoteDestination { get; set; } =
        InboundCssForRemoteDestination.TrunkOrGatewayInboundCss;

    public ClusterVoicemailSelectionPolicy VoicemailSelectionPolicy { get; set; } = ClusterVoicemailSelectionPolicy.TimerControl;

    public int ForwardNoAnswerTimerSeconds { get; set; } = 12;

    public SystemDeviceMobilityMode DeviceMobilityMode { get; set; } = SystemDeviceMobilityMode.Off;

    // Enterprise Feature Access codes (SRND Table 21-2).
    public string HoldCode { get; set; } = "*81";

    public string ExclusiveHoldCode { get; set; } = "*82";

    public string ResumeCode { get; set; } = "*83";

    public string TransferCode { get; set; } = "*84";

    public string ConferenceCode { get; set; } = "*85";

    public string SessionHandoffCode { get; set; } = "*74";

    public string? MobileVoiceAccessNumber { get; set; }

    /// <summary>Comma list of Enterprise Feature Access DID numbers.</summary>
    public string? EnterpriseFeatureAccessNumbers { get; set; }

    public string? HandoffNumber { get; set; }

    /// <summary>
    /// Subnets of the VPN concentrators and Expressway-C nodes, comma-separated "network/mask" (portal setting):
    /// what W10 checks Device Mobility Info against (SRND L489-491, L609).
    /// </summary>
    public string? RemoteAccessSubnets { get; set; }

    public IReadOnlyList<Common.IpSubnet> RemoteAccessSubnetList =>
        [.. (RemoteAccessSubnets ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text => Common.IpSubnet.TryParse(text, out var subnet) ? subnet : (Common.IpSubnet?)null)
            .OfType<Common.IpSubnet>()];

    /// <summary>Device mobility is on for the cluster (phones on Default follow it).</summary>
    public bool DeviceMobilityOn => DeviceMobilityMode == SystemDeviceMobilityMode.On;

    public static ClusterMobilitySettings Defaults() => new() { Id = SingletonId };

    /// <summary>The effective voicemail policy of a destination that says "Use System Default".</summary>
    public VoicemailPolicy EffectivePolicy(VoicemailPolicy policy) => policy switch
    {
        VoicemailPolicy.UseSystemDefault => VoicemailSelectionPolicy == ClusterVoicemailSelectionPolicy.UserControl
            ? VoicemailPolicy.UserControl
            : VoicemailPolicy.TimerControl,
        _ => policy,
    };
}
