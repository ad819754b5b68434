using AdminPortal.Core.Cluster;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Web.Components.Shared;

/// <summary>Unified CM's wording for the enumerations shown on the Unified Mobility pages.</summary>
public static class Labels
{
    public static string Of(DeviceMobilityMode mode) => mode switch
    {
        DeviceMobilityMode.Default => "Default",
        DeviceMobilityMode.On => "On",
        _ => "Off",
    };

    public static string Of(VoicemailPolicy policy) => policy switch
    {
        VoicemailPolicy.TimerControl => "Timer Control",
        VoicemailPolicy.UserControl => "User Control",
        _ => "Use System Default",
    };

    public static string Of(PrivacySetting privacy) => privacy.ToString();

    public static string Of(DoNotDisturbOption option) => option == DoNotDisturbOption.CallReject ? "Call Reject" : "Ringer Off";

    public static string Of(AccessListFilterType type) => type switch
    {
        AccessListFilterType.NotAvailable => "Not Available",
        AccessListFilterType.Private => "Private",
        _ => "Directory Number",
    };

    public static string Of(MobileClientCallingOption option) =>
        option == MobileClientCallingOption.DialViaOfficeForward ? "Dial via Office Forward" : "Dial via Office Reverse";

    public static string Of(CallerIdMatching matching) => matching == CallerIdMatching.PartialMatch ? "Partial Match" : "Complete Match";

    public static string Of(InboundCssForRemoteDestination css) =>
        css == InboundCssForRemoteDestination.RemoteDestinationProfileAndLineCss ? "Remote Destination Profile + Line CSS" : "Trunk or Gateway Inbound CSS";

    public static string Of(ClusterVoicemailSelectionPolicy policy) => policy == ClusterVoicemailSelectionPolicy.UserControl ? "User Control" : "Timer Control";

    public static string Of(SystemDeviceMobilityMode mode) => mode.ToString();

    /// <summary>A check box's value as Unified CM's service parameter pages print it.</summary>
    public static string Of(bool value) => value ? "True" : "False";
}
