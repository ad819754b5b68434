using System.Diagnostics;
using System.Text;
using AdminPortal.Benchmarks.Previews;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Benchmarks.Import;

/// <summary>
/// Issue 12's import figures, side by side in one run on one generated file: 40,000 remote destinations (10,000
/// users with a profile each already stored, 4 destinations each) imported from CSV with every rule, all-or-nothing,
/// against the raw load of the same rows (prepared INSERT on SQLite, binary COPY on PostgreSQL); the dry run of the
/// same file; the peak managed memory of the import. Medians of <see cref="Runs"/> runs after <see cref="WarmUps"/> warm-ups; the table is
/// emptied between runs. Run: dotnet run -c Release --project tests/AdminPortal.Benchmarks -- import [sqlite|postgres]
/// </summary>
public static class ImportBenchmark
{
    public const int Users = 10_000;
    public const int PerUser = 4;
    public const int Rows = Users * PerUser;
    public const int Runs = 5;

    // Runs of each side before the measured ones: the first runs execute the JIT's quick code (tier 0) and compile the optimised code
    // in the background, which a long-running portal has long finished; two were not enough (the import's runs 3-5 measured
    // 850-1,220 ms, its runs 6-10 710-980 ms, 2026-12-03 18:06 UTC), five are.
    public const int WarmUps = 5;

    public static async Task RunAsync(string[] args)
    {
        var providers = args.Length > 1 ? args[1..] : ["sqlite", "postgres"];
        var csv = File();
        Console.WriteLine($"Import benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, gen0 budget ceiling {Gen0Ceiling()}; file: {Rows:N0} rows, {csv.Length / 1_048_576.0:0.0} MiB");
        Console.WriteLine();
        Console.WriteLine("| database | import, all rules, all-or-nothing (median) | raw load of the same rows (median) | ratio | dry run (median) | peak managed memory during the import | rows/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var provider in providers)
        {
            TestDatabase database = provider == "postgres" ? new PostgresTestDatabase() : new SqliteTestDatabase();
            await database.InitializeAsync();
            try
            {
                await MeasureAsync(provider, database, csv);
            }
            finally
            {
                await database.DisposeAsync();
            }
        }
    }

    // The GC's own report of the ceiling in force (GarbageCollection.props), or "GC default" when none is set.
    private static string Gen0Ceiling() =>
        GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var value) && value is long bytes and > 0
            ? $"{bytes / 1_048_576} MiB a heap"
            : "GC default";

    private static async Task MeasureAsync(string provider, TestDatabase database, byte[] csv)
    {
        await BulkOwners.SeedAsync(database, Users, limit: PerUser, perUser: PerUser);
        IDbContextFactory<PortalDbContext> contexts = provider == "postgres" ? database : new PooledSqliteContexts(database.ConnectionString);
        var import = new BulkImport(contexts, new SystemChange("benchmark"));
        var type = BulkObjectTypes.Find("remote-destinations")!;
        Task<ImportReport> ImportAsync(ImportMode mode) => import.ImportAsync(BulkReader.ReadAsync(new MemoryStream(csv), type), mode);

        var dryRuns = new List<double>();
        for (var i = 0; i < WarmUps; i++)
        {
            await ImportAsync(ImportMode.DryRun);
        }

        for (var i = 0; i < Runs; i++)
        {
            dryRuns.Add(await TimeAsync(() => Checked(ImportAsync(ImportMode.DryRun), applied: false)));
        }

        var imports = new List<double>();
        long peak = 0;
        for (var i = 0; i < WarmUps + Runs; i++)
        {
            await ResetAsync(contexts);
            var (time, bytes) = await ManagedMemoryPeak.MeasureAsync(() => TimeAsync(() => Checked(ImportAsync(ImportMode.All), applied: true)));
            if (i >= WarmUps)
            {
                imports.Add(time);
                peak = Math.Max(peak, bytes);
            }
        }

        var rows = await RawRowsAsync(contexts);
        var raws = new List<double>();
        for (var i = 0; i < WarmUps + Runs; i++)
        {
            await ResetAsync(contexts);
            var time = await TimeAsync(() => provider == "postgres"
                ? RawDestinationLoad.CopyPostgresAsync(database.ConnectionString, rows)
                : Task.Run(() => RawDestinationLoad.InsertSqlite(database.ConnectionString, rows)));
            if (i >= WarmUps)
            {
                raws.Add(time);
            }
        }

        var importMs = Median(imports);
        var rawMs = Median(raws);
        Console.WriteLine($"| {(provider == "postgres" ? "PostgreSQL (vs binary COPY)" : "SQLite (vs prepared INSERT)")} | {importMs:N0} ms | {rawMs:N0} ms | {importMs / rawMs:0.0}× | {Median(dryRuns):N0} ms | {peak / 1_048_576.0:0} MiB | {Rows / (importMs / 1000):N0} |");
    }

    // The generated file: the remote destination columns an export writes, one owner's 4 destinations after another.
    private static byte[] File()
    {
        var text = new StringBuilder("NAME,REMOTE DESTINATION PROFILE,TIME ZONE,DESTINATION,ANSWER TOO SOON TIMER,ANSWER TOO LATE TIMER,DELAY BEFORE RINGING TIMER,IS MOBILE PHONE,ENABLE MOBILE CONNECT 1,OWNER USER ID\r\n");
        for (var i = 0; i < Rows; i++)
        {
            var row = BulkOwners.Destination(i, PerUser);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{row.Name},{row.RemoteDestinationProfileName},Etc/GMT,{row.Destination},1500,19000,4000,f,t,{row.OwnerUserId}\r\n");
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    // The same rows resolved to ids outside the timing: the baseline loads, nothing more.
    private static async Task<List<object[]>> RawRowsAsync(IDbContextFactory<PortalDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var users = await db.EndUsers.ToDictionaryAsync(u => u.UserId, u => u.Id);
        var profiles = await db.RemoteDestinationProfiles.ToDictionaryAsync(p => p.Name, p => p.Id);
        var digits = await db.ClusterMobilitySettings.Select(s => s.PartialMatchDigits).SingleAsync();
        return [.. Enumerable.Range(0, Rows).Select(i => BulkOwners.Destination(i, PerUser))
            .Select(r => RawDestinationLoad.Row(r.Name, r.Destination, users[r.OwnerUserId], profiles[r.RemoteDestinationProfileName!], digits))];
    }

    private static async Task ResetAsync(IDbContextFactory<PortalDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await RawDestinationLoad.ResetAsync(db.Database.GetDbConnection());
    }

    private static async Task Checked(Task<ImportReport> import, bool applied)
    {
        var report = await import;
        if (report.Accepted != Rows || report.Applied != applied)
        {
            throw new InvalidOperationException($"The import did not run as measured: {report.Accepted} of {report.Rows} accepted, applied {report.Applied}; {string.Join("; ", report.Errors.Concat(report.FileProblems).Take(5))}");
        }
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
