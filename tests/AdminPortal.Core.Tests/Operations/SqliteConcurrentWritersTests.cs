using System.Diagnostics;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AdminPortal.Core.Tests.Operations;

/// <summary>
/// Many circuits saving at once on the embedded default (issue 14, part 6): 16 writers on one SQLite file, each
/// through its own store and connection, for <see cref="SecondsVariable"/> seconds (30 by default, as the issue
/// asks; .ci/run may set fewer). Every save succeeds or is refused by a rule; none fails ("database is locked").
/// </summary>
public sealed class SqliteConcurrentWritersTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const string SecondsVariable = "PORTAL_SQLITE_LOAD_SECONDS";

    private const int Writers = 16;

    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static TimeSpan Duration =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable(SecondsVariable), out var seconds) && seconds > 0 ? seconds : 30);

    [Fact]
    public async Task SixteenWriters_SavingAndDeletingAtOnce_QueueAndNeverFail()
    {
        // A limit of 4 per user: each writer soon meets R3 and deletes one of its own, so saves, refusals and deletes mix.
        var writers = await DestinationWriters.CreateAsync(_database, Writers, limit: 4, prefix: "load");
        var duration = Duration;
        using var ready = new CountdownEvent(Writers);
        var clock = new Stopwatch();

        // A thread each (SQLite's driver waits for the lock synchronously), and the clock starts once all 16 are ready.
        var runs = await Task.WhenAll(writers.Select((writer, w) => Task.Factory.StartNew(() =>
        {
            ready.Signal();
            ready.Wait();
            clock.Start();
            return WriteUntilAsync(writer, w, clock, duration);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()));

        output.WriteLine($"{Writers} writers, {duration.TotalSeconds} s: {runs.Sum(r => r.Saved)} saved, {runs.Sum(r => r.Refusals.Count)} refused by a rule (each followed by a delete).");
        var failures = runs.SelectMany(r => r.Failures).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} writes failed; first: {failures.FirstOrDefault()}");
        Assert.All(runs, r => Assert.True(r.Saved > 0, "every writer saved at least once"));
        Assert.All(runs.SelectMany(r => r.Refusals), rule => Assert.Equal("R3", rule));
        await using var db = _database.CreateDbContext();
        var rows = await db.RemoteDestinations.CountAsync();
        Assert.Equal(rows, await ClusterGuard.RemoteDestinationCountAsync(db, default));
        Assert.InRange(rows, 0, Writers * 4);
    }

    private async Task<WriterRun> WriteUntilAsync((int Owner, int Profile) writer, int w, Stopwatch clock, TimeSpan duration)
    {
        var run = new WriterRun();
        var mine = new Queue<int>();
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            try
            {
                var saved = await _database.Store.SaveAsync(DestinationWriters.NewDestination(writer, $"+4421{w:D2}{i:D6}"));
                if (saved.Succeeded)
                {
                    run.Saved++;
                    mine.Enqueue(saved.Id);
                    continue;
                }

                // A refusal must name the rule that refused it; anything else is a failure.
                if (saved.Errors.Select(e => e.RuleId).FirstOrDefault(id => id is not null) is not { } rule)
                {
                    run.Failures.Add($"refused without a rule: {string.Join("; ", saved.Errors)}");
                    continue;
                }

                run.Refusals.Add(rule);
                if (mine.TryDequeue(out var oldest))
                {
                    var deleted = await _database.Store.DeleteAsync<RemoteDestination>([oldest]);
                    if (!deleted.Succeeded)
                    {
                        run.Failures.Add($"delete refused: {deleted.Refusal}");
                    }
                }
            }
            catch (Exception e)
            {
                run.Failures.Add(e.GetBaseException().Message);
            }
        }

        return run;
    }

    private sealed class WriterRun
    {
        public int Saved { get; set; }

        public List<string> Refusals { get; } = [];

        public List<string> Failures { get; } = [];
    }
}
