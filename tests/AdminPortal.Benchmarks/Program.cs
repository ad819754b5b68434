using System.Diagnostics;
using System.Globalization;
using AdminPortal.Benchmarks;
using AdminPortal.Benchmarks.Previews;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;

// The previews' BenchmarkDotNet classes: dotnet run -c Release --project tests/AdminPortal.Benchmarks -- previews [--filter *]
if (args is ["previews", .. var previewArgs])
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(AdminPortal.Benchmarks.Previews.PreviewBenchmarkConfig).Assembly).Run(previewArgs);
    return;
}

// Issue 12's import figures: dotnet run -c Release --project tests/AdminPortal.Benchmarks -- import [sqlite|postgres]
if (args is ["import", ..])
{
    await AdminPortal.Benchmarks.Import.ImportBenchmark.RunAsync(args);
    return;
}

// Issue 12's export figure: dotnet run -c Release --project tests/AdminPortal.Benchmarks -- export [N]
if (args is ["export", .. var exportArgs])
{
    await AdminPortal.Benchmarks.Bulk.ExportBenchmark.RunAsync(exportArgs);
    return;
}

// Issue 4's figures: with 1,000 and with ~40,000 remote destinations in a SQLite file, the time to save one remote
// destination through the store (lock, every rule, write, findings), the whole-cluster R5 collision check, and a
// full design review. Run: dotnet run -c Release --project tests/AdminPortal.Benchmarks
// "profile" also lists the statements of one save at each size, with their time in the database; "partial" runs
// the cluster under Partial Match on 10 digits (R5 and W6 then read the partial-match keys and digit lengths).
var profiling = args.Contains("profile");
var partialMatch = args.Contains("partial");
var numbers = args.Where(a => a is not "profile" and not "partial").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
int[] sizes = numbers.Length > 0 ? numbers : [1_000, 39_900];
Console.WriteLine($"AdminPortal benchmarks, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| remote destinations | save one RD (median / p95) | raw INSERT of the same row, own transaction (median / p95) | R5 collision check, whole cluster (median) | full design review (median) | review allocations |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
var profiles = new List<string>();
foreach (var size in sizes)
{
    var database = new SqliteTestDatabase();
    await database.InitializeAsync();
    try
    {
        var poolId = await LargeCluster.SeedAsync(database, size);
        // The save as the portal runs it: pooled connections (the test database turns pooling off to delete its file).
        var profile = new SaveProfile();
        var store = new ConfigurationStore(new PooledSqliteContexts(database.ConnectionString, profile), new SystemChange("benchmark"));

        if (partialMatch)
        {
            var settings = (await store.LoadAsync<ClusterMobilitySettings>(ClusterMobilitySettings.SingletonId))!;
            settings.MatchingCallerIdWithRemoteDestination = CallerIdMatching.PartialMatch;
            settings.PartialMatchDigits = 10;
            await store.SaveAsync(settings);
        }

        // Ten users with room for ten destinations each: 100 saves, none refused.
        var owners = new List<(int User, int Profile)>();
        for (var u = 0; u < 10; u++)
        {
            var user = await store.SaveAsync(new EndUser { UserId = $"bench{u}", LastName = "Bench", EnableMobility = true, RemoteDestinationLimit = 10 });
            var deviceProfile = await store.SaveAsync(new RemoteDestinationProfile { Name = $"BENCH{u}_RDP", UserId = user.Id, DevicePoolId = poolId });
            owners.Add((user.Id, deviceProfile.Id));
        }

        var saves = new List<double>();
        var lastSaved = 0;
        for (var i = 0; i < 100; i++)
        {
            var (user, rdp) = owners[i / 10];
            var destination = new RemoteDestination
            {
                Name = $"bench {i}",
                DestinationNumber = $"+4420{7_000_000 + i:D7}",
                OwnerId = user,
                RemoteDestinationProfileId = rdp,
                RingSchedule = new RingSchedule { AllTheTime = true },
            };
            profile.Recording = profiling && i == 99;
            var watch = Stopwatch.StartNew();
            var result = await store.SaveAsync(destination);
            watch.Stop();
            profile.Recording = false;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors));
            }

            // The first saves warm up EF's query cache; they are not counted.
            if (i >= 10)
            {
                saves.Add(watch.Elapsed.TotalMilliseconds);
            }

            lastSaved = result.Id;
            if (profiling && i == 99)
            {
                profiles.Add($"One save at {size:N0}: {watch.Elapsed.TotalMilliseconds:0.00} ms in all, {profile.Commands.Count} statements, {profile.Commands.Sum(c => c.Milliseconds):0.00} ms of them in the database");
                profiles.AddRange(profile.Commands.Select(c => $"  {c.Milliseconds,6:0.00} ms  {c.Sql}"));
            }
        }

        var raw = RawInsertBaseline.Measure(database.ConnectionString, lastSaved, 90);

        var collisions = await TimeAsync(20, async () =>
        {
            await using var db = database.CreateDbContext();
            await CallerIdKeys.CollisionsAsync(db, 10);
        });

        long allocated = 0;
        var reviews = await TimeAsync(10, async () =>
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await using var db = database.CreateDbContext();
            await new DesignReview(db).RunAsync();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        });

        await using (var db = database.CreateDbContext())
        {
            var stored = await ClusterGuard.RemoteDestinationCountAsync(db, CancellationToken.None);
            Console.WriteLine($"| {stored:N0} | {Median(saves):0.0} ms / {Percentile(saves, 0.95):0.0} ms | {Median(raw):0.00} ms / {Percentile(raw, 0.95):0.00} ms | {Median(collisions):0.0} ms | {Median(reviews):0} ms | {allocated / 1_048_576.0:0.0} MiB |");
        }
    }
    finally
    {
        await database.DisposeAsync();
    }
}

foreach (var line in profiles)
{
    Console.WriteLine(line);
}

static async Task<List<double>> TimeAsync(int runs, Func<Task> action)
{
    await action(); // warm-up
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    return times;
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double share)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(share * (sorted.Count - 1)))];
}
