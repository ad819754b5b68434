using AdminPortal.Core.Cluster;
using AdminPortal.Core.Previews;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace AdminPortal.Benchmarks.Previews;

/// <summary>
/// Issue 13: caller ID match at 40,000 remote destinations (target: one index look-up, at most 2× a raw SQL look-up
/// of the same key). Baseline: ADO.NET on a pooled connection, <c>WHERE PartialMatchKey = key</c>, the row's
/// columns read. Then the match's own look-up (<see cref="CallerIdLookup"/>: owner's User ID and enterprise number
/// joined in), the whole service call (the cluster setting read first, on the same connection), and a what-if on
/// another N (range of the reversed digits).
/// </summary>
[Config(typeof(PreviewBenchmarkConfig))]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet's [GlobalCleanup] disposes them.")]
public class CallerIdMatchBenchmarks
{
    private const int Destinations = 40_000;

    private SqliteTestDatabase _database = null!;
    private PooledSqliteContexts _contexts = null!;
    private CallerIdMatchService _service = null!;
    private string[] _numbers = [];
    private Microsoft.EntityFrameworkCore.Metadata.IModel _model = null!;
    private int _next;
    private PreparedConnection _prepared = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = new SqliteTestDatabase();
        await _database.InitializeAsync();
        _contexts = new PooledSqliteContexts(_database.ConnectionString);
        await LargeCluster.SeedAsync(_contexts, Destinations);
        _service = new CallerIdMatchService(_contexts);
        await using (var db = _contexts.CreateDbContext())
        {
            _model = db.Model;
        }

        var open = new SqliteConnection(_contexts.ConnectionString);
        await open.OpenAsync();
        _prepared = new PreparedConnection(open);

        // Callers present the number with the PSTN access code: Partial Match on the cluster's 10 digits finds them.
        _numbers = [.. Enumerable.Range(0, 1_000).Select(i => "9" + LargeCluster.Number(i * 37 % Destinations)[1..])];
        var check = await _service.MatchAsync(_numbers[1], CallerIdMatching.PartialMatch);
        if (check.Result?.Outcome != CallerIdMatchOutcome.Unique)
        {
            throw new InvalidOperationException("The benchmark cluster does not match uniquely.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _prepared.DisposeAsync();
        await _service.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    private string NextNumber() => _numbers[_next++ % _numbers.Length];

    [Benchmark(Baseline = true)]
    public async Task<int> RawSqlByKey()
    {
        var key = CallerIdKeys.PartialMatchKey(NextNumber(), 10);
        await using var connection = new SqliteConnection(_contexts.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "DestinationNumber", "Name", "OwnerId" FROM "RemoteDestinations" WHERE "PartialMatchKey" = $key LIMIT 51""";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows += reader.GetInt32(0) + reader.GetString(1).Length + reader.GetString(2).Length + reader.GetInt32(3);
        }

        return rows;
    }

    /// <summary>The match's look-up alone, owner and enterprise number joined in, on a connection kept open with the statement prepared (as the service keeps it).</summary>
    [Benchmark]
    public async Task<int> MatchLookUpByKey() =>
        (await CallerIdLookup.CandidatesAsync(_prepared, _model, NextNumber(), CallerIdMatching.PartialMatch, 10, 10, CallerIdMatchService.CandidateLimit + 1, CancellationToken.None)).Count;

    /// <summary>The same look-up on a new pooled connection, prepared on each call: what the first version did.</summary>
    [Benchmark]
    public async Task<int> MatchLookUpByKeyUnprepared()
    {
        await using var connection = new PreparedConnection(new SqliteConnection(_contexts.ConnectionString));
        await connection.Connection.OpenAsync();
        return (await CallerIdLookup.CandidatesAsync(connection, _model, NextNumber(), CallerIdMatching.PartialMatch, 10, 10, CallerIdMatchService.CandidateLimit + 1, CancellationToken.None)).Count;
    }

    [Benchmark]
    public async Task<int> ServiceMatch() => (await _service.MatchAsync(NextNumber(), CallerIdMatching.PartialMatch)).Result!.Candidates.Count;

    [Benchmark]
    public async Task<int> ServiceWhatIfOtherDigits() => (await _service.MatchAsync(NextNumber(), CallerIdMatching.PartialMatch, 9)).Result!.Candidates.Count;
}
