using System.Collections.Concurrent;

namespace AdminPortal.Core.Common;

public static class TimeZones
{
    // The ids the runtime has found: a bulk import asks for the same few zones tens of thousands of times, and each
    // TryFindSystemTimeZoneById takes the runtime's time zone lock. Only found ids are kept (at most the system's
    // zones), so unknown input cannot grow it.
    private static readonly ConcurrentDictionary<string, bool> Found = new(StringComparer.Ordinal);

    /// <summary>True for an IANA time zone id the runtime knows (e.g. America/Los_Angeles, Etc/GMT).</summary>
    public static bool Exists(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || !(id.Contains('/', StringComparison.Ordinal) || id == "UTC"))
        {
            return false;
        }

        if (Found.ContainsKey(id))
        {
            return true;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
        {
            return false;
        }

        Found.TryAdd(id, true);
        return true;
    }

    /// <summary>Every IANA zone, sorted, for pickers.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Append("Etc/GMT").Append("UTC").Where(Exists).Distinct().Order(StringComparer.Ordinal)];
}
