using System.Text.Json.Serialization;

namespace AdminPortal.Core.UnifiedMobility;

/// <remarks>Each value carries Unified CM's spelling (AXL, the admin pages, BAT): see <see cref="Interchange.AxlSpelling"/>.</remarks>
public enum DoNotDisturbOption
{
    [JsonStringEnumMemberName("Ringer Off")]
    RingerOff,
    [JsonStringEnumMemberName("Call Reject")]
    CallReject,
}
