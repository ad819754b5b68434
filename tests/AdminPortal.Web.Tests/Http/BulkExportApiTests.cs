using System.IO.Compression;
using System.Net;
using System.Text;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Bulk;
using AdminPortal.Web.Tests.Support;
using static AdminPortal.Web.Tests.Support.ApiRequests;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// <c>GET /api/v1/bulk/export/{type}</c> and <c>GET /api/v1/bulk/export</c> on the real app: the API's
/// authentication and read role, CSV and zip content types, a 404 problem for an unknown type.
/// </summary>
public sealed class BulkExportApiTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string Export = Base + "/bulk/export";

    [Fact]
    public async Task OneType_IsACsvDownload_WithTheDemoRows()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("bulk-export-read", ApiTokenScope.ReadOnly));

        var response = await client.GetAsync($"{Export}/remote-destinations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("remote-destinations.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..]);
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");
        Assert.StartsWith("NAME,REMOTE DESTINATION PROFILE,TIME ZONE,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",+14085551234,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Everything_IsAZipOfEveryTypeAndTheManifest()
    {
        using var client = factory.BasicClient(PortalSignIn.Auditor);

        var response = await client.GetAsync(Export);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal([.. BulkObjectTypes.InDependencyOrder.Select(t => t.FileName), BulkManifest.FileName], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task UnknownType_Is404Problem()
    {
        using var client = factory.BasicClient(PortalSignIn.Admin);

        var problem = await (await client.GetAsync($"{Export}/pins")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.StartsWith("There is no object type 'pins' to export. The types are: unified-cm-groups,", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/remote-destinations")]
    [InlineData("")]
    public async Task Anonymous_Is401_AndAnEndUser403(string type)
    {
        using var anonymous = factory.ApiClient();
        using var endUser = factory.BasicClient(PortalSignIn.EndUser);

        var refused = await anonymous.GetAsync(Export + type);
        var forbidden = await endUser.GetAsync(Export + type);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(ProblemType, refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
