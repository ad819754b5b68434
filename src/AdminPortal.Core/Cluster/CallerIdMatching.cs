using System.Text.Json.Serialization;

namespace AdminPortal.Core.Cluster;

/// <remarks>Each value carries Unified CM's spelling (AXL, the admin pages, BAT): see <see cref="Interchange.AxlSpelling"/>.</remarks>
public enum CallerIdMatching
{
    [JsonStringEnumMemberName("Complete Match")]
    CompleteMatch,
    [JsonStringEnumMemberName("Partial Match")]
    PartialMatch,
}
