using AdminPortal.Core.Cluster;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Previews;
using AdminPortal.Core.Tests.Support;
using BenchmarkDotNet.Attributes;

namespace AdminPortal.Benchmarks.Previews;

/// <summary>
/// Issue 13: building the device mobility map of 10,000 DMIs (target 50 ms), from rows in memory, and the whole
/// rebuild after a configuration write: the three queries on a SQLite file, then the build.
/// </summary>
[Config(typeof(PreviewBenchmarkConfig))]
public class DeviceMobilityBuildBenchmarks
{
    private List<DmiRow> _dmis = [];
    private List<PoolSettings> _pools = [];
    private SqliteTestDatabase _database = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        (_dmis, _pools) = DmiFixture.Configuration();
        _database = new SqliteTestDatabase();
        await _database.InitializeAsync();
        await using var db = _database.CreateDbContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var pool = new DevicePool
        {
            Name = "bench_DP",
            UnifiedCmGroup = new Core.Catalogs.UnifiedCmGroup { Name = "bench_cm" },
            DateTimeGroup = new Core.Catalogs.DateTimeGroup { Name = "bench_dt" },
            Region = new Core.Catalogs.Region { Name = "bench_region" },
            SrstReference = new Core.Catalogs.SrstReference { Name = "bench_srst" },
        };
        db.DevicePools.Add(pool);
        db.DeviceMobilityInfos.AddRange(_dmis.Select(d => new DeviceMobilityInfo
        {
            Name = d.Name,
            Subnet = d.Subnet,
            SubnetMaskSize = d.MaskSize,
            DevicePools = [new DeviceMobilityInfoDevicePool { DevicePool = pool }],
        }));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _database.DisposeAsync();

    [Benchmark(Baseline = true)]
    public int BuildFromRows() => DeviceMobilityMap.Build(1, SystemDeviceMobilityMode.On, _dmis, _pools).DeviceMobilityInfoCount;

    [Benchmark]
    public async Task<int> ReadAndBuildFromSqlite()
    {
        await using var db = _database.CreateDbContext();
        return (await DeviceMobilityMaps.ReadAsync(db, 1)).DeviceMobilityInfoCount;
    }
}
