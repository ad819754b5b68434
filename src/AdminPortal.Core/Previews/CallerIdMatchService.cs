using System.Collections.Concurrent;
using System.Data.Common;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AdminPortal.Core.Previews;

/// <summary>
/// Caller ID matching (SRND L1233-1264): which remote destination or mobility identity, and so which user and
/// enterprise number, an incoming calling number is matched to. Complete Match compares the number as presented
/// with the number as configured, character for character (the unique index of R4). Partial Match compares the
/// last N digits right to left, other characters ignored, exactly as R5 keys them: under the cluster's N that is one
/// look-up in the <see cref="RemoteDestination.PartialMatchKey"/> index; under another N a range of the indexed
/// <see cref="RemoteDestination.CallerIdDigits"/> (reversed digits). A number with fewer than N digits has all its
/// digits as key, so it matches only a destination with exactly those digits. More than one match fails, as in
/// Unified CM. The look-ups are one SQL command each (<see cref="CallerIdLookup"/>), prepared once on a connection the
/// service keeps open between calls (<see cref="PreparedConnection"/>, at most <see cref="MaxIdleConnections"/> idle);
/// register the service as a singleton so the connections and their prepared statements are reused, and dispose it
/// (the container does) to close them.
/// </summary>
public sealed class CallerIdMatchService(IDbContextFactory<PortalDbContext> contexts) : IAsyncDisposable
{
    /// <summary>The most candidates listed for an ambiguous match.</summary>
    public const int CandidateLimit = 50;

    /// <summary>The most connections kept open between look-ups; more callers at once open and close their own.</summary>
    public const int MaxIdleConnections = 4;

    private readonly ConcurrentBag<PreparedConnection> _idle = [];
    private bool _disposed;

    // The database as ADO.NET sees it, read from the first context: the look-ups then need no context at all.
    private Tuple<DbProviderFactory, string, IModel>? _database;

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

        var (connection, model) = await RentAsync(cancellation);
        try
        {
            var cluster = await CallerIdLookup.SettingAsync(connection, model, cancellation);
            var result = PreviewResult.Of<CallerIdMatch>(await MatchAsync(connection, model, number!.Trim(), matching ?? cluster.Matching, digits ?? cluster.Digits, cluster, cancellation));
            await ReturnAsync(connection);
            return result;
        }
        catch
        {
            // A connection that failed mid-call (cancelled, server gone) is not trusted again.
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The match under the cluster's setting, and what it would be under the other one.</summary>
    public async Task<PreviewResult<CallerIdComparison>> CompareAsync(string? number, CancellationToken cancellation = default)
    {
        if (Invalid(number, null, null) is { } invalid)
        {
            return new PreviewResult<CallerIdComparison>(null, invalid.Errors);
        }

        var (connection, model) = await RentAsync(cancellation);
        try
        {
            var cluster = await CallerIdLookup.SettingAsync(connection, model, cancellation);
            var text = number!.Trim();
            var current = await MatchAsync(connection, model, text, cluster.Matching, cluster.Digits, cluster, cancellation);
            var other = cluster.Matching == CallerIdMatching.CompleteMatch ? CallerIdMatching.PartialMatch : CallerIdMatching.CompleteMatch;
            var result = PreviewResult.Of<CallerIdComparison>(new CallerIdComparison(current, await MatchAsync(connection, model, text, other, cluster.Digits, cluster, cancellation)));
            await ReturnAsync(connection);
            return result;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Volatile.Write(ref _disposed, true);
        while (_idle.TryTake(out var connection))
        {
            await connection.DisposeAsync();
        }
    }

    private static async Task<CallerIdMatch> MatchAsync(PreparedConnection connection, IModel model, string number, CallerIdMatching matching, int digits, (CallerIdMatching Matching, int Digits) cluster, CancellationToken cancellation)
    {
        var found = await CallerIdLookup.CandidatesAsync(connection, model, number, matching, digits, cluster.Digits, CandidateLimit + 1, cancellation);
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

    /// <summary>An idle open connection of the portal's database, or a new one, and the EF model its names come from.</summary>
    private async Task<(PreparedConnection Connection, IModel Model)> RentAsync(CancellationToken cancellation)
    {
        var database = Volatile.Read(ref _database);
        if (database is null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellation);
            database = Tuple.Create(DbProviderFactories.GetFactory(db.Database.GetDbConnection())!, db.Database.GetConnectionString()!, db.Model);
            Volatile.Write(ref _database, database);
        }

        if (_idle.TryTake(out var idle))
        {
            return (idle, database.Item3);
        }

        var connection = database.Item1.CreateConnection()!;
        connection.ConnectionString = database.Item2;
        await connection.OpenAsync(cancellation);
        return (new PreparedConnection(connection), database.Item3);
    }

    private async Task ReturnAsync(PreparedConnection connection)
    {
        if (Volatile.Read(ref _disposed) || _idle.Count >= MaxIdleConnections)
        {
            await connection.DisposeAsync();
            return;
        }

        _idle.Add(connection);
        if (Volatile.Read(ref _disposed) && _idle.TryTake(out var late))
        {
            await late.DisposeAsync();
        }
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
}
