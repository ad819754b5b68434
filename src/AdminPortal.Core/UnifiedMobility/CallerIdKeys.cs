using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>
/// Caller ID matching keys (SRND L1233-1264). Partial Match compares the last N digits right to left, so each
/// destination stores its digits reversed (<see cref="RemoteDestination.CallerIdDigits"/>) and the first N of them
/// for the cluster's current N (<see cref="RemoteDestination.PartialMatchKey"/>, indexed): R5 on save is one index
/// look-up, and a whole-cluster collision check for another N is one GROUP BY.
/// </summary>
public static class CallerIdKeys
{
    /// <summary>The digits of a number, last digit first: "+1 408-555-7890" gives "0987555804 1" without the space.</summary>
    public static string ReversedDigits(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return "";
        }

        var digits = new char[number.Length];
        var count = 0;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            if (char.IsAsciiDigit(number[i]))
            {
                digits[count++] = number[i];
            }
        }

        return new string(digits, 0, count);
    }

    /// <summary>The last <paramref name="digits"/> digits (all of them for a shorter number), reversed.</summary>
    public static string PartialMatchKey(string? number, int digits) => KeyOfReversed(ReversedDigits(number), digits);

    /// <summary>The partial-match key of digits already reversed (a stored <see cref="RemoteDestination.CallerIdDigits"/>).</summary>
    public static string KeyOfReversed(string reversed, int digits) => digits > 0 && reversed.Length > digits ? reversed[..digits] : reversed;

    /// <summary>The last N digits in reading order, for messages.</summary>
    public static string LastDigits(string? number, int digits)
    {
        var key = PartialMatchKey(number, digits).ToCharArray();
        Array.Reverse(key);
        return new string(key);
    }

    /// <summary>Gives every stored destination its key for <paramref name="digits"/>, in one statement.</summary>
    public static Task RekeyAsync(PortalDbContext db, int digits, CancellationToken cancellation) =>
        db.RemoteDestinations.ExecuteUpdateAsync(
            s => s.SetProperty(r => r.PartialMatchKey, r => r.CallerIdDigits.Length > digits ? r.CallerIdDigits.Substring(0, digits) : r.CallerIdDigits),
            cancellation);

    /// <summary>
    /// Groups of stored destinations whose last <paramref name="digits"/> digits are the same (R5): what would stop
    /// the cluster from switching to Partial Match on that many digits. At most <paramref name="limit"/> groups.
    /// </summary>
    public static async Task<IReadOnlyList<CallerIdCollision>> CollisionsAsync(PortalDbContext db, int digits, int limit = 20, CancellationToken cancellation = default)
    {
        var keys = await db.RemoteDestinations
            .GroupBy(r => r.CallerIdDigits.Length > digits ? r.CallerIdDigits.Substring(0, digits) : r.CallerIdDigits)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key)
            .Select(g => g.Key)
            .Take(limit)
            .ToListAsync(cancellation);
        if (keys.Count == 0)
        {
            return [];
        }

        var members = await db.RemoteDestinations
            .Where(r => keys.Contains(r.CallerIdDigits.Length > digits ? r.CallerIdDigits.Substring(0, digits) : r.CallerIdDigits))
            .Select(r => new { r.Id, r.Name, r.DestinationNumber, r.CallerIdDigits })
            .ToListAsync(cancellation);
        return [.. members
            .GroupBy(m => KeyOfReversed(m.CallerIdDigits, digits))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CallerIdCollision(
                LastDigits(g.First().DestinationNumber, digits),
                [.. g.OrderBy(m => m.DestinationNumber, StringComparer.Ordinal).Select(m => new CollidingDestination(m.Id, m.Name, m.DestinationNumber))]))];
    }
}
