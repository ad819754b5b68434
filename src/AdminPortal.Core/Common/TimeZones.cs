namespace AdminPortal.Core.Common;

public static class TimeZones
{
    /// <summary>True for an IANA time zone id the runtime knows (e.g. America/Los_Angeles, Etc/GMT).</summary>
    public static bool Exists(string? id) =>
        !string.IsNullOrWhiteSpace(id) && (id.Contains('/', StringComparison.Ordinal) || id == "UTC") && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>Every IANA zone, sorted, for pickers.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Append("Etc/GMT").Append("UTC").Where(Exists).Distinct().Order(StringComparer.Ordinal)];
}
