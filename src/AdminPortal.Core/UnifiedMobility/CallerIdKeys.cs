using System.Linq.Expressions;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>
/// Caller ID matching keys (SRND L1233-1264). Partial Match compares the last N digits right to left, so each
/// destination stores its digits reversed (<see cref="RemoteDestination.CallerIdDigits"/>) and the first N of them
/// for the cluster's current N (<see cref="RemoteDestination.PartialMatchKey"/>, indexed): R5 on save is one index
/// look-up, and a whole-cluster collision check for another N is one GROUP BY.
/// </summary>
public static class CallerIdKeys
{
    /// <summary>
    /// R5: the partial-match key of digits already reversed, for Partial Match on N digits: the first N of them (the
    /// number's last N), all of them for a shorter number. Queries use it through <see cref="KeyOf"/>; in memory,
    /// compiled, through <see cref="KeyOfReversed"/>.
    /// </summary>
    public static readonly Expression<Func<string, int, string>> Key =
        (reversed, digits) => digits > 0 && reversed.Length > digits ? reversed.Substring(0, digits) : reversed;

    private static readonly Func<string, int, string> CompiledKey = Key.Compile();

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
    public static string KeyOfReversed(string reversed, int digits) => CompiledKey(reversed, digits);

    /// <summary>R5 inside a query: a stored destination's key for <paramref name="digits"/> (kept a query parameter).</summary>
    public static Expression<Func<RemoteDestination, string>> KeyOf(int digits)
    {
        Expression<Func<RemoteDestination, string>> reversed = r => r.CallerIdDigits;
        Expression<Func<int>> n = () => digits;
        var body = new ReplacingExpressionVisitor(Key.Parameters, [reversed.Body, n.Body]).Visit(Key.Body);
        return Expression.Lambda<Func<RemoteDestination, string>>(body, reversed.Parameters);
    }

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
            s => s.SetProperty(r => r.PartialMatchKey, KeyOf(digits)),
            cancellation);

    /// <summary>
    /// Groups of stored destinations whose last <paramref name="digits"/> digits are the same (R5): what would stop
    /// the cluster from switching to Partial Match on that many digits. At most <paramref name="limit"/> groups.
    /// </summary>
    public static async Task<IReadOnlyList<CallerIdCollision>> CollisionsAsync(PortalDbContext db, int digits, int limit = 20, CancellationToken cancellation = default)
    {
        var keys = await db.RemoteDestinations
            .GroupBy(KeyOf(digits))
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
            .Where(KeyOf(digits).Then(key => keys.Contains(key)))
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
