using System.Diagnostics;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Tests.Support;
using Xunit.Abstractions;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>
/// The export of a full cluster's 40,000 remote destinations: every row written, read back as many rows, streamed
/// to a file (the managed heap stays far below the file's size). Figures are printed, not asserted as times.
/// </summary>
public sealed class BulkExportLargeClusterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Destinations = 40_000;

    private readonly SqliteTestDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await LargeCluster.SeedAsync(_database, Destinations);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task FortyThousandDestinations_AreStreamedToTheFile_AndReadBack()
    {
        var type = BulkObjectTypes.Find("remote-destinations")!;
        var path = Path.GetTempFileName();
        try
        {
            GC.Collect();
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long peakHeap = 0;
            using var sampling = new Timer(_ => peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false) - heapBefore), null, 0, 5);
            var watch = Stopwatch.StartNew();
            int rows;
            await using (var file = File.Create(path))
            {
                rows = await new BulkExport(_database).WriteFileAsync(type, file);
            }

            watch.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var size = new FileInfo(path).Length;
            output.WriteLine($"{rows:N0} rows, {size / 1024:N0} KiB in {watch.ElapsedMilliseconds:N0} ms; managed heap grew at most {peakHeap / (1024 * 1024):N1} MiB, {allocated / (1024 * 1024):N0} MiB allocated in all");

            Assert.Equal(Destinations, rows);
            var read = 0;
            await using (var file = File.OpenRead(path))
            {
                await foreach (var row in BulkReader.ReadAsync(file, type))
                {
                    Assert.True(row.IsRead, string.Join("; ", row.Problems.Select(p => p.Message)));
                    read++;
                }
            }

            Assert.Equal(Destinations, read);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
