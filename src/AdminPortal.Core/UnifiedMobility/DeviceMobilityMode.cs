using System.Text.Json.Serialization;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Device Mobility Mode of a phone; Default follows the cluster's Device Mobility Mode (default Off).</summary>
/// <remarks>Each value carries Unified CM's spelling (AXL, the admin pages, BAT): see <see cref="Interchange.AxlSpelling"/>.</remarks>
public enum DeviceMobilityMode
{
    [JsonStringEnumMemberName("Default")]
    Default,
    [JsonStringEnumMemberName("On")]
    On,
    [JsonStringEnumMemberName("Off")]
    Off,
}
