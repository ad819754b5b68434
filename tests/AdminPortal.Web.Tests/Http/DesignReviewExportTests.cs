using System.Net;
using AdminPortal.Web.Tests.Support;

namespace AdminPortal.Web.Tests.Http;

public sealed class DesignReviewExportTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Get_Csv_ListsEveryFindingOfTheDemoWithItsSource()
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync("/ccmadmin/design-review.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Severity,Rule,Objects,Message,Advice,Source", lines[0]);
        // The demo: Maria Garcia rings two destinations (W7) and Bo Chen's DVO-R identity uses Timer Control (W8).
        Assert.Contains(lines, l => l.StartsWith("Info,W7,End User: mgarcia; Remote Destination: Maria mobile; Remote Destination: Maria home,", StringComparison.Ordinal) && l.EndsWith(",SRND L1439", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Info,W8,", StringComparison.Ordinal) && l.EndsWith(",\"SRND L1040, L2205\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_CsvFilteredByRule_KeepsOnlyThatRule()
    {
        using var client = await factory.SignedInClientAsync();

        var csv = await client.GetStringAsync("/ccmadmin/design-review.csv?rule=W8");

        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("Info,W8,", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_CsvFilteredBySeverityError_HasOnlyTheHeaderOnTheDemo()
    {
        using var client = await factory.SignedInClientAsync();

        var csv = await client.GetStringAsync("/ccmadmin/design-review.csv?severity=Error");

        Assert.Equal("Severity,Rule,Objects,Message,Advice,Source", csv.TrimStart('\uFEFF').Trim());
    }
}
