using System.Text.Json.Serialization;

namespace AdminPortal.Core.UnifiedMobility;

/// <remarks>Each value carries Unified CM's spelling (AXL, the admin pages, BAT): see <see cref="Interchange.AxlSpelling"/>.</remarks>
public enum AccessListFilterType
{
    [JsonStringEnumMemberName("Directory Number")]
    DirectoryNumber,
    [JsonStringEnumMemberName("Not Available")]
    NotAvailable,
    [JsonStringEnumMemberName("Private")]
    Private,
}
