using AdminPortal.Core.Catalogs;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Previews;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace AdminPortal.Benchmarks.Previews;

/// <summary>
/// Issue 13: the ring preview of a user with 10 destinations (9 remote destinations in four zones with weekday
/// schedules and access lists, and a mobility identity) and 2 phones, heat map included (target 5 ms): the whole
/// service call on a SQLite file, and the computation alone on the loaded user.
/// </summary>
[Config(typeof(PreviewBenchmarkConfig))]
public class RingPreviewBenchmarks
{
    private static readonly string[] Zones = ["America/Los_Angeles", "America/New_York", "Europe/London", "Etc/UTC"];

    private SqliteTestDatabase _database = null!;
    private RingPreviewService _service = null!;
    private RingSubject _subject = null!;
    private readonly RingPreviewRequest _request = new("bench", "+19195550123", "2026-03-10T09:30", "America/Los_Angeles");

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = new SqliteTestDatabase();
        await _database.InitializeAsync();
        var contexts = new PooledSqliteContexts(_database.ConnectionString);
        int userId;
        await using (var db = contexts.CreateDbContext())
        {
            var pool = new DevicePool
            {
                Name = "bench_DP",
                UnifiedCmGroup = new UnifiedCmGroup { Name = "bench_cm" },
                DateTimeGroup = new DateTimeGroup { Name = "bench_dt" },
                Region = new Region { Name = "bench_region" },
                SrstReference = new SrstReference { Name = "bench_srst" },
            };
            var user = new EndUser { UserId = "bench", LastName = "Bench", EnableMobility = true, RemoteDestinationLimit = 10 };
            var line = new DirectoryNumber { Pattern = "+14085551234" };
            var iphone = new Phone { Name = "TCTBENCH", DeviceType = DeviceType.CiscoDualModeForIPhone, DevicePool = pool, Owner = user, Lines = [new PhoneLine { DirectoryNumber = line, LineIndex = 1 }] };
            db.Phones.Add(new Phone { Name = "SEPBENCH", DeviceType = DeviceType.CiscoIpPhone8865, DevicePool = pool, Owner = user, Lines = [new PhoneLine { DirectoryNumber = line, LineIndex = 1 }] });
            db.Phones.Add(iphone);
            var profile = new RemoteDestinationProfile { Name = "BENCH_RDP", User = user, DevicePool = pool };
            for (var i = 0; i < 9; i++)
            {
                var destination = new RemoteDestination
                {
                    Name = $"destination {i}",
                    DestinationNumber = $"+1408555{7000 + i}",
                    Owner = user,
                    RemoteDestinationProfile = profile,
                    TimeZone = Zones[i % Zones.Length],
                    RingSchedule = new RingSchedule
                    {
                        AllTheTime = i % 3 == 0,
                        Entries = i % 3 == 0 ? [] : [.. Enum.GetValues<DayOfWeek>().Where(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                            .Select(d => new RingScheduleEntry { Day = d, Kind = RingScheduleEntryKind.FromTo, StartMinute = (7 + i) * 60, EndMinute = (17 + i) * 60 })],
                    },
                };
                if (i % 2 == 1)
                {
                    destination.CallerFilter = i % 4 == 1 ? CallerFilterMode.DoNotRingIfCallerInBlockedList : CallerFilterMode.RingOnlyIfCallerInAllowedList;
                    destination.AccessList = new AccessList
                    {
                        Name = $"list {i}",
                        Owner = user,
                        IsAllowedType = i % 4 != 1,
                        Members = [.. Enumerable.Range(0, 5).Select(m => new AccessListMember { FilterType = AccessListFilterType.DirectoryNumber, NumberMask = $"+1919555{m}XXX" }),
                            new AccessListMember { FilterType = AccessListFilterType.Private }],
                    };
                }

                db.RemoteDestinations.Add(destination);
            }

            db.RemoteDestinations.Add(new RemoteDestination { Name = "iPhone", DestinationNumber = "+14085559012", Owner = user, DualModeDevice = iphone, RingSchedule = new RingSchedule { AllTheTime = true } });
            await db.SaveChangesAsync();
            userId = user.Id;
        }

        _service = new RingPreviewService(contexts);
        await using (var db = contexts.CreateDbContext())
        {
            _subject = (await RingPreviewService.SubjectAsync(db, userId))!;
        }

        var check = await _service.PreviewAsync(_request);
        if (check.Result is not { Destinations.Count: 12, HeatMap.Rows.Count: 12 })
        {
            throw new InvalidOperationException("The benchmark user is not as described: " + string.Join("; ", check.Errors));
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public int ComputeWithoutHeatMap() =>
        RingPreviews.Compute(_subject, CallerId.Of("+19195550123"), new DateTimeOffset(2026, 3, 10, 16, 30, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"), [], 0, heatMap: false).Ds0;

    [Benchmark]
    public int ComputeWithHeatMap() =>
        RingPreviews.Compute(_subject, CallerId.Of("+19195550123"), new DateTimeOffset(2026, 3, 10, 16, 30, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"), [], 0).HeatMap!.Rows.Count;

    /// <summary>What the page and the endpoint call: inputs read, user loaded from SQLite, preview and heat map.</summary>
    [Benchmark]
    public async Task<int> ServiceWithHeatMap() => (await _service.PreviewAsync(_request)).Result!.Ds0;
}
