using System.IO.Compression;
using System.Text;
using AdminPortal.Core.Bulk;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>The rows a job's progress bar counts to: lines less the header, summed over an archive's CSV files.</summary>
public sealed class ImportJobRowEstimateTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"estimate-{Guid.NewGuid():N}");

    public void Dispose() => File.Delete(_path);

    [Theory]
    [InlineData("", 0)]
    [InlineData("NAME\r\n", 0)]
    [InlineData("NAME\r\na\r\nb\r\n", 2)]
    [InlineData("NAME\na\nb", 2)]
    public async Task Count_Csv_IsItsLinesLessTheHeader(string text, int rows)
    {
        await File.WriteAllTextAsync(_path, text);

        Assert.Equal(rows, await ImportJobRowEstimate.CountAsync(_path, archive: false, CancellationToken.None));
    }

    [Fact]
    public async Task Count_Archive_SumsItsCsvFilesAndSkipsTheManifest()
    {
        using (var zip = ZipFile.Open(_path, ZipArchiveMode.Create))
        {
            Write(zip, "sites.csv", "NAME\na\nb\n");
            Write(zip, "remote-destinations.csv", "NAME\nx\n");
            Write(zip, "manifest.json", "{\n\"a\": 1\n}\n");
        }

        Assert.Equal(3, await ImportJobRowEstimate.CountAsync(_path, archive: true, CancellationToken.None));
    }

    [Fact]
    public async Task Count_ArchiveThatIsNotAZip_IsUnknown()
    {
        await File.WriteAllTextAsync(_path, "NAME\na\n");

        Assert.Null(await ImportJobRowEstimate.CountAsync(_path, archive: true, CancellationToken.None));
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }
}
