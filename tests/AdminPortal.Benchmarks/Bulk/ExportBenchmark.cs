using System.Diagnostics;
using AdminPortal.Benchmarks.Previews;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Tests.Support;

namespace AdminPortal.Benchmarks.Bulk;

/// <summary>
/// Issue 12's export figure: the CSV export of N remote destinations (default 40,000) through <see cref="BulkExport"/>
/// against <see cref="RawSelectExport"/> on the same SQLite file, in the same run, alternating, median of 7 after three
/// warm-ups of each; both write to a file. Run: dotnet run -c Release --project tests/AdminPortal.Benchmarks -- export [N]
/// </summary>
public static class ExportBenchmark
{
    private const int Runs = 7;

    // Runs before the measured ones: the first few run the JIT's quick code (tier 0), a long-running portal the optimised code.
    private const int WarmUps = 3;

    public static async Task RunAsync(string[] args)
    {
        var size = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 40_000;
        var database = new SqliteTestDatabase();
        await database.InitializeAsync();
        try
        {
            await LargeCluster.SeedAsync(database, size);
            var contexts = new PooledSqliteContexts(database.ConnectionString);
            var export = new BulkExport(contexts);
            var type = BulkObjectTypes.Find("remote-destinations")!;
            var path = Path.GetTempFileName();
            try
            {
                var portal = new List<double>();
                var raw = new List<double>();
                var allocated = new List<long>();
                long bytes = 0;
                long rawBytes = 0;
                for (var run = 0; run < WarmUps + Runs; run++)
                {
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var watch = Stopwatch.StartNew();
                    await using (var file = File.Create(path))
                    {
                        Check(size, await export.WriteFileAsync(type, file));
                    }

                    watch.Stop();
                    var exportAllocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                    bytes = new FileInfo(path).Length;
                    var rawWatch = Stopwatch.StartNew();
                    await using (var file = File.Create(path))
                    {
                        Check(size, await RawSelectExport.WriteAsync(contexts.ConnectionString, file));
                    }

                    rawWatch.Stop();
                    rawBytes = new FileInfo(path).Length;
                    if (run >= WarmUps)
                    {
                        portal.Add(watch.Elapsed.TotalMilliseconds);
                        raw.Add(rawWatch.Elapsed.TotalMilliseconds);
                        allocated.Add(exportAllocated);
                    }
                }

                var ratio = Median(portal) / Median(raw);
                Console.WriteLine($"Bulk export, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite");
                Console.WriteLine();
                Console.WriteLine("| remote destinations | BulkExport to CSV (median) | raw SELECT to CSV (median) | ratio | file (export / raw) | export allocations |");
                Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
                Console.WriteLine($"| {size:N0} | {Median(portal):N0} ms | {Median(raw):N0} ms | {ratio:N2}× | {bytes / 1024:N0} / {rawBytes / 1024:N0} KiB | {allocated.Order().ElementAt(allocated.Count / 2) / (1024 * 1024):N0} MiB |");
            }
            finally
            {
                File.Delete(path);
            }
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static void Check(int expected, int rows)
    {
        if (rows != expected)
        {
            throw new InvalidOperationException($"{rows} rows exported, {expected} expected.");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
