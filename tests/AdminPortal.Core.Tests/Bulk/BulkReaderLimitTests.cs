using AdminPortal.Core.Bulk;
using Xunit.Abstractions;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>Large files stream through the reader; beyond <see cref="BulkLimits"/> they are refused, not loaded.</summary>
public sealed class BulkReaderLimitTests(ITestOutputHelper output)
{
    private const string Header = "DESTINATION,NAME,OWNER USER ID,REMOTE DESTINATION PROFILE\r\n";

    [Fact]
    public async Task FileOfMaxRows_IsReadRowByRow_WithoutHoldingIt()
    {
        var file = new GeneratedCsvStream(Header, BulkLimits.MaxRows, i => $"+1408{5_000_000 + i:D7},mobile {i},user{i / 10:D5},USER{i / 10:D5}_RDP\r\n");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var read = 0;
        long peak = 0;
        await foreach (var row in BulkReader.ReadAsync(file, BulkObjectTypes.Find("remote-destinations")!))
        {
            Assert.True(row.IsRead);
            if (++read % 50_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - before);
            }
        }

        output.WriteLine($"{read:N0} rows, {file.BytesServed / (1024 * 1024)} MiB read; managed heap grew at most {peak / (1024 * 1024)} MiB while reading");
        Assert.Equal(BulkLimits.MaxRows, read);
    }

    [Fact]
    public async Task OneRowMoreThanMaxRows_IsRefused()
    {
        var file = new GeneratedCsvStream(Header, BulkLimits.MaxRows + 1, i => $"+1408{5_000_000 + i:D7},,,\r\n");
        var rows = 0;
        BulkRow? last = null;
        await foreach (var row in BulkReader.ReadAsync(file, BulkObjectTypes.Find("remote-destinations")!))
        {
            rows++;
            last = row;
        }

        Assert.Equal(BulkLimits.MaxRows + 1, rows);
        Assert.True(last!.EndsFile);
        Assert.Equal($"The file has more than {BulkLimits.MaxRows:N0} rows: split it into smaller files.", Assert.Single(last.Problems).Message);
        Assert.Equal(BulkLimits.MaxRows + 2, last.Row);
    }

    [Fact]
    public async Task FileLargerThanTheLimit_IsRefusedWhenTheLimitIsReached()
    {
        // 100 MiB of long descriptions in fewer rows than the row limit.
        var file = new GeneratedCsvStream("DIRECTORY NUMBER,DESCRIPTION\r\n", 100_000, i => $"{i},{new string('d', 1000)}\r\n");
        BulkRow? last = null;
        await foreach (var row in BulkReader.ReadAsync(file, BulkObjectTypes.Find("directory-numbers")!))
        {
            last = row;
        }

        Assert.True(last!.EndsFile);
        Assert.Equal($"The file is larger than {BulkLimits.Describe(BulkLimits.MaxFileBytes)}: split it into smaller files.", Assert.Single(last.Problems).Message);
        Assert.True(file.BytesServed < BulkLimits.MaxFileBytes + (1024 * 1024), $"read {file.BytesServed:N0} bytes");
    }
}
