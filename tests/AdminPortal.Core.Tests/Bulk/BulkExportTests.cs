using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>
/// The export of each type: its header row, its rows read back by <see cref="BulkReader"/> as the same objects the
/// HTTP API reads, formula cells neutralised, and the archive of everything (manifest, order, the same bytes twice).
/// </summary>
public abstract class BulkExportTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    private BulkExport Export => new(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("remote-destinations",
        "NAME,REMOTE DESTINATION PROFILE,TIME ZONE,DUAL MODE DEVICE,MOBILE SMART CLIENT,CTI REMOTE DEVICE,DESTINATION,ANSWER TOO SOON TIMER,"
        + "ANSWER TOO LATE TIMER,DELAY BEFORE RINGING TIMER,IS MOBILE PHONE,ENABLE MOBILE CONNECT 1,"
        + "DAY OF WEEK 1,START TIME 1,END TIME 1,DAY OF WEEK 2,START TIME 2,END TIME 2,DAY OF WEEK 3,START TIME 3,END TIME 3,"
        + "DAY OF WEEK 4,START TIME 4,END TIME 4,DAY OF WEEK 5,START TIME 5,END TIME 5,DAY OF WEEK 6,START TIME 6,END TIME 6,"
        + "DAY OF WEEK 7,START TIME 7,END TIME 7,ACCESS LIST 1,ASSOCIATED LINE NUMBER 1,ROUTE PARTITION 1,MOBILITY PROFILE,"
        + "SINGLE NUMBER REACH VOICEMAIL POLICY,DIAL-VIA-OFFICE REVERSE VOICEMAIL POLICY,OWNER USER ID,ENABLE EXTEND AND CONNECT")]
    [InlineData("remote-destination-profiles",
        "REMOTE DESTINATION PROFILE NAME,DESCRIPTION,USER ID,DEVICE POOL,REROUTING CSS,CSS,CGPN TRANSFORMATION CSS,USE DEVICE POOL CGPN TRANSFORM CSS,"
        + "USER HOLD MOH AUDIO SOURCE,NETWORK HOLD MOH AUDIO SOURCE,CALL INFO PRIVACY STATUS,DND OPTION,DND STATUS,IGNORE PRESENTATION INDICATORS,"
        + "DIRECTORY NUMBER  1,ROUTE PARTITION  1")]
    [InlineData("end-users",
        "USER ID,FIRST NAME,LAST NAME,MAIL ID,TELEPHONE NUMBER,MOBILE NUMBER,PRIMARY USER DEVICE,REMOTE DESTINATION LIMIT,"
        + "MAXIMUM WAIT TIME FOR DESK PICKUP,ENABLE MOBILITY,ENABLE MOBILE VOICE ACCESS")]
    [InlineData("phones", "DEVICE NAME,DESCRIPTION,PRODUCT,DEVICE POOL,DEVICE MOBILITY MODE,OWNER USER ID,EMERGENCY NUMBERS,DIRECTORY NUMBER  1,ROUTE PARTITION  1")]
    [InlineData("directory-numbers", "DIRECTORY NUMBER,ROUTE PARTITION,DESCRIPTION")]
    [InlineData("device-pools",
        "DEVICE POOL NAME,SITE NAME,CALL MANAGER GROUP NAME,DATE TIME SETTING NAME,REGION NAME,SRST NAME,MEDIA RESOURCE LIST NAME,LOCATION NAME,"
        + "NETWORK LOCALE,PHYSICAL LOCATION NAME,DEVICE MOBILITY GROUP NAME,MOBILITY CSS NAME,AUTOMATED ALTERNATE ROUTING CSS NAME,"
        + "AAR NEIGHBORHOOD NAME,CGPN TRANSFORMATION CSS NAME,LOCAL ROUTE GROUP NAME,CONNECTION MONITOR DURATION")]
    [InlineData("device-mobility-info", "DEVICE MOBILITY INFO NAME,IPV4 SUBNET,IPV4 SUBNET MASK SIZE,IPV6 SUBNET,IPV6 SUBNET MASK SIZE,DEVICE POOL NAME 1")]
    [InlineData("access-lists", "ACCESS LIST NAME,DESCRIPTION,IS ALLOWED TYPE,END USER ID NAME,CALLER FILTER MASK 1,DN MASK 1")]
    [InlineData("mobility-profiles", "MOBILITY PROFILE NAME,DESCRIPTION,MOBILE CLIENT CALLING OPTION,DVOR CALLER ID")]
    [InlineData("sites", "SITE NAME,DESCRIPTION,PSTN ACCESS CODE,PHYSICAL LOCATION NAME")]
    [InlineData("physical-locations", "PHYSICAL LOCATION NAME,DESCRIPTION")]
    [InlineData("device-mobility-groups", "DEVICE MOBILITY GROUP NAME,DESCRIPTION")]
    [InlineData("route-partitions", "ROUTE PARTITION NAME,DESCRIPTION")]
    [InlineData("calling-search-spaces", "CALLING SEARCH SPACE NAME,DESCRIPTION")]
    public async Task EmptyConfiguration_WritesTheTypesHeaderRow(string slug, string header)
    {
        Assert.Equal(header + "\r\n", await ExportTextAsync(slug));
    }

    [Fact]
    public async Task EveryType_HasAHeaderRowOfItsOwn_InUpperCase()
    {
        foreach (var type in BulkObjectTypes.InDependencyOrder)
        {
            var text = await ExportTextAsync(type.Slug);
            Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
            Assert.Equal(text.ToUpperInvariant(), text);
            Assert.DoesNotContain(await BulkText.ReadAsync(type.Slug, text), r => !r.IsRead);
        }
    }

    [Fact]
    public async Task DemoConfiguration_EachTypeReadsBack_AsTheObjectsTheApiReads()
    {
        await SeedDemoAsync();

        var compared = 0;
        foreach (var type in BulkObjectTypes.InDependencyOrder)
        {
            var rows = await BulkText.ReadAsync(type.Slug, Encoding.UTF8.GetBytes(await ExportTextAsync(type.Slug)));
            Assert.All(rows, r => Assert.True(r.IsRead, $"{type.Slug} row {r.Row}: {string.Join("; ", r.Problems.Select(p => p.Message))}"));

            var stored = await StoredAsync(type);
            Assert.Equal(stored, rows.Select(r => Json(r.Resource!)));
            compared += rows.Count;
        }

        Assert.True(compared > 50, $"{compared} objects compared");
        Assert.Contains(",Mon,08:00,18:00,Tue,08:00,18:00,", await ExportTextAsync("remote-destinations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormulaLookingCells_AreNeutralised_AndReadBackExactly_DialStringsKept()
    {
        await SeedDemoAsync();
        await using (var db = _database.CreateDbContext())
        {
            var user = await db.EndUsers.SingleAsync(u => u.UserId == "jsmith");
            user.FirstName = "=HYPERLINK(\"http://evil\",\"x\")";
            user.LastName = "@SUM(A1)";
            user.MailId = "-2+3+cmd|' /C calc'!A0";
            user.TelephoneNumber = "'=already quoted";
            await db.SaveChangesAsync();
        }

        var text = await ExportTextAsync("end-users");
        var line = text.Split("\r\n").Single(l => l.StartsWith("jsmith,", StringComparison.Ordinal));
        Assert.StartsWith("jsmith,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'@SUM(A1),'-2+3+cmd|' /C calc'!A0,''=already quoted,", line, StringComparison.Ordinal);
        Assert.Contains(",+14085551234,", await ExportTextAsync("remote-destinations"), StringComparison.Ordinal);

        var read = (await BulkText.ReadAsync("end-users", text)).Single(r => r.Key == "jsmith").ResourceAs<AxlEndUser>();
        Assert.Equal(("=HYPERLINK(\"http://evil\",\"x\")", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0", "'=already quoted"),
            (read.FirstName, read.LastName, read.Mailid, read.TelephoneNumber));
    }

    [Fact]
    public async Task Archive_HoldsEveryTypeInDependencyOrder_AndAManifest_TheSameBytesEachTime()
    {
        await SeedDemoAsync();

        var first = await ArchiveAsync();
        var second = await ArchiveAsync();

        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.Equal([.. BulkObjectTypes.InDependencyOrder.Select(t => t.FileName), BulkManifest.FileName], zip.Entries.Select(e => e.FullName));
        var manifest = JsonNode.Parse(zip.GetEntry(BulkManifest.FileName)!.Open())!;
        Assert.Equal(BulkManifest.FormatName, (string)manifest["format"]!);
        Assert.Equal(1, (int)manifest["version"]!);
        await using var db = _database.CreateDbContext();
        var destinations = manifest["files"]!.AsArray().Single(f => (string)f!["type"]! == "remote-destinations")!;
        Assert.Equal(await db.RemoteDestinations.CountAsync(), (int)destinations["rows"]!);
        Assert.Equal("remote-destinations.csv", (string)destinations["file"]!);
    }

    [Fact]
    public async Task Archive_ReadsBack_FileByFileInDependencyOrder()
    {
        await SeedDemoAsync();

        var rows = new List<BulkRow>();
        await foreach (var row in BulkArchive.ReadAsync(new MemoryStream(await ArchiveAsync())))
        {
            rows.Add(row);
        }

        Assert.All(rows, r => Assert.True(r.IsRead, string.Join("; ", r.Problems.Select(p => p.Message))));
        Assert.Equal(rows.Select(r => r.Type!.Order).Order(), rows.Select(r => r.Type!.Order));
        await using var db = _database.CreateDbContext();
        Assert.Equal(await db.RemoteDestinations.CountAsync(), rows.Count(r => r.Type!.Slug == "remote-destinations"));
        Assert.Equal(await db.EndUsers.CountAsync(), rows.Count(r => r.Type!.Slug == "end-users"));
    }

    private async Task SeedDemoAsync()
    {
        await using var db = _database.CreateDbContext();
        await DemoData.SeedAsync(db);
    }

    private async Task<string> ExportTextAsync(string slug)
    {
        using var output = new MemoryStream();
        await Export.WriteFileAsync(BulkObjectTypes.Find(slug)!, output);
        var bytes = output.ToArray();
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "no byte-order mark");
        return Encoding.UTF8.GetString(bytes);
    }

    private async Task<byte[]> ArchiveAsync()
    {
        using var output = new MemoryStream();
        await Export.WriteArchiveAsync(output);
        return output.ToArray();
    }

    /// <summary>
    /// The stored objects of a type as the HTTP API reads them (fully loaded with <c>Including</c>, mapped by
    /// <c>From</c>), in the export's order, as JSON without their ids. Remote destinations are read here the API's way,
    /// not with the export's own batched query, so that this compares the two.
    /// </summary>
    private async Task<List<string>> StoredAsync(BulkObjectType type)
    {
        await using var db = _database.CreateDbContext();
        if (type.EntityType == typeof(RemoteDestination))
        {
            var destinations = await AxlRemoteDestination.Including(db.RemoteDestinations.AsNoTracking()).AsSplitQuery().ToListAsync();
            return [.. destinations.OrderBy(r => r.DestinationNumber, StringComparer.Ordinal).Select(r =>
            {
                r.ArrangeParts();
                return Json(AxlRemoteDestination.From(r));
            })];
        }

        var stored = new List<string>();
        await foreach (var resource in type.File.StoredAsync(db, default))
        {
            stored.Add(Json(resource));
        }

        return stored;
    }

    private static string Json(object resource)
    {
        var node = JsonSerializer.SerializeToNode(resource, resource.GetType(), AxlJsonOptions.Strict)!.AsObject();
        node.Remove("id");
        return node.ToJsonString();
    }
}

public sealed class BulkExportTests_OnSqlite : BulkExportTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class BulkExportTests_OnPostgres : BulkExportTests<PostgresTestDatabase>;
