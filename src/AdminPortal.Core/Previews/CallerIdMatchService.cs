using System.Linq.Expressions;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Previews;

/// <summary>
/// Caller ID matching (SRND L1233-1264): which remote destination or mobility identity, and so which user and
/// enterprise number, an incoming calling number is matched to. Complete Match compares the number as presented
/// with the number as configured, character for character (the unique index of R4). Partial Match compares the
/// last N digits right to left, other characters ignored, exactly as R5 keys them: under the cluster's N that is one
/// look-up in the <see cref="RemoteDestination.PartialMatchKey"/> index; under another N a range of the indexed
/// <see cref="RemoteDestination.CallerIdDigits"/> (reversed digits). A number with fewer than N digits has all its
/// digits as key, so it matches only a destination with exactly those digits. More than one match fails, as in
/// Unified CM.
/// </summary>
public sealed class CallerIdMatchService(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The most candidates listed for an ambiguous match.</summary>
    public const int CandidateLimit = 50;

    private static readonly Expression<Func<RemoteDestination, CallerIdCandidate>> Candidate = r => new CallerIdCandidate(
        r.Id,
        r.DestinationNumber,
        r.Name,
        r.Owner!.UserId,
        r.DualModeDeviceId != null,
        r.DualModeDeviceId != null
            ? r.DualModeDevice!.Lines.OrderBy(l => l.LineIndex).Select(l => l.DirectoryNumber!.Pattern).FirstOrDefault()
            : r.Lines.OrderBy(l => l.Id).Select(l => l.DirectoryNumber!.Pattern).FirstOrDefault());

    /// <summary>
    /// The match of <paramref name="number"/> under <paramref name="matching"/> and <paramref name="digits"/>, each
    /// defaulting to the cluster's current setting.
    /// </summary>
    public async Task<PreviewResult<CallerIdMatch>> MatchAsync(string? number, CallerIdMatching? matching = null, int? digits = null, CancellationToken cancellation = default)
    {
        if (Invalid(number, matching, digits) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var cluster = await ClusterSettingAsync(db, cancellation);
        return PreviewResult.Of<CallerIdMatch>(await MatchAsync(db, number!.Trim(), matching ?? cluster.Matching, digits ?? cluster.Digits, cluster, cancellation));
    }

    /// <summary>The match under the cluster's setting, and what it would be under the other one.</summary>
    public async Task<PreviewResult<CallerIdComparison>> CompareAsync(string? number, CancellationToken cancellation = default)
    {
        if (Invalid(number, null, null) is { } invalid)
        {
            return new PreviewResult<CallerIdComparison>(null, invalid.Errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var cluster = await ClusterSettingAsync(db, cancellation);
        var text = number!.Trim();
        var current = await MatchAsync(db, text, cluster.Matching, cluster.Digits, cluster, cancellation);
        var other = cluster.Matching == CallerIdMatching.CompleteMatch ? CallerIdMatching.PartialMatch : CallerIdMatching.CompleteMatch;
        return PreviewResult.Of<CallerIdComparison>(new CallerIdComparison(current, await MatchAsync(db, text, other, cluster.Digits, cluster, cancellation)));
    }

    /// <summary>
    /// The destinations <paramref name="number"/> matches (at most <see cref="CandidateLimit"/> + 1, by number);
    /// <paramref name="clusterDigits"/> is the N the stored partial-match keys were made for.
    /// </summary>
    public static Task<List<CallerIdCandidate>> CandidatesAsync(PortalDbContext db, string number, CallerIdMatching matching, int digits, int clusterDigits, CancellationToken cancellation = default)
    {
        var destinations = db.RemoteDestinations.AsNoTracking();
        if (matching == CallerIdMatching.CompleteMatch)
        {
            destinations = destinations.Where(r => r.DestinationNumber == number);
        }
        else if (digits == clusterDigits)
        {
            var key = CallerIdKeys.PartialMatchKey(number, digits);
            destinations = destinations.Where(r => r.PartialMatchKey == key);
        }
        else
        {
            var reversed = CallerIdKeys.ReversedDigits(number);
            if (reversed.Length < digits)
            {
                destinations = destinations.Where(r => r.CallerIdDigits == reversed);
            }
            else
            {
                // Every digit string that starts with the key, and nothing else, lies in [key, next): a range the
                // index answers under any collation, where LIKE 'key%' needs a pattern-ops index on PostgreSQL.
                var key = reversed[..digits];
                var next = NextPrefix(key);
#pragma warning disable CA1309 // Translated to SQL's own comparison of the indexed column; an ordinal overload has no translation.
                destinations = next is null
                    ? destinations.Where(r => string.Compare(r.CallerIdDigits, key) >= 0)
                    : destinations.Where(r => string.Compare(r.CallerIdDigits, key) >= 0 && string.Compare(r.CallerIdDigits, next) < 0);
#pragma warning restore CA1309
            }
        }

        return destinations.OrderBy(r => r.DestinationNumber).Take(CandidateLimit + 1).Select(Candidate).ToListAsync(cancellation);
    }

    private static async Task<CallerIdMatch> MatchAsync(PortalDbContext db, string number, CallerIdMatching matching, int digits, (CallerIdMatching Matching, int Digits) cluster, CancellationToken cancellation)
    {
        var found = await CandidatesAsync(db, number, matching, digits, cluster.Digits, cancellation);
        var more = found.Count > CandidateLimit;
        IReadOnlyList<CallerIdCandidate> candidates = more ? found[..CandidateLimit] : found;
        var outcome = found.Count switch
        {
            0 => CallerIdMatchOutcome.None,
            1 => CallerIdMatchOutcome.Unique,
            _ => CallerIdMatchOutcome.Ambiguous,
        };
        var partial = matching == CallerIdMatching.PartialMatch;
        var isCluster = matching == cluster.Matching && (!partial || digits == cluster.Digits);
        return new CallerIdMatch(number, matching, partial ? digits : null, outcome, outcome == CallerIdMatchOutcome.Unique ? found[0] : null,
            candidates, more, isCluster, CallerIdMatches.Explain(number, matching, digits, outcome, candidates, more));
    }

    private static async Task<(CallerIdMatching Matching, int Digits)> ClusterSettingAsync(PortalDbContext db, CancellationToken cancellation)
    {
        var setting = await db.ClusterMobilitySettings.AsNoTracking()
            .Select(s => new { s.MatchingCallerIdWithRemoteDestination, s.PartialMatchDigits }).SingleAsync(cancellation);
        return (setting.MatchingCallerIdWithRemoteDestination, setting.PartialMatchDigits);
    }

    private static PreviewResult<CallerIdMatch>? Invalid(string? number, CallerIdMatching? matching, int? digits)
    {
        var text = number?.Trim() ?? "";
        if (!PhoneNumbers.IsDialed(text) || !text.Any(char.IsAsciiDigit))
        {
            return PreviewResult.Invalid<CallerIdMatch>("number", "Enter the calling number as presented: digits with an optional leading + (and * #), up to 24.");
        }

        if (matching is not null && !Enum.IsDefined(matching.Value))
        {
            return PreviewResult.Invalid<CallerIdMatch>("matching", "Matching is Complete or Partial.");
        }

        return digits is < 1 or > TextLimits.DestinationNumber
            ? PreviewResult.Invalid<CallerIdMatch>("digits", $"Number of digits for Partial Match is 1-{TextLimits.DestinationNumber}.")
            : null;
    }

    /// <summary>The smallest digit string after every string that starts with <paramref name="prefix"/>; null for all nines.</summary>
    private static string? NextPrefix(string prefix)
    {
        var end = prefix.Length;
        while (end > 0 && prefix[end - 1] == '9')
        {
            end--;
        }

        return end == 0 ? null : string.Concat(prefix.AsSpan(0, end - 1), [(char)(prefix[end - 1] + 1)]);
    }
}
