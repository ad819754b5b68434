using System.Net;
using AdminPortal.Web.Components.Pages.Admin.Catalogs;
using AdminPortal.Web.Tests.Support;

namespace AdminPortal.Web.Tests.Http;

public sealed class ListPageTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    public static TheoryData<string> ListPages()
    {
        var pages = new TheoryData<string>
        {
            "/ccmadmin", "/ccmadmin/sites", "/ccmadmin/device-pools", "/ccmadmin/device-mobility-info",
            "/ccmadmin/end-users", "/ccmadmin/phones", "/ccmadmin/directory-numbers", "/ccmadmin/remote-destination-profiles",
            "/ccmadmin/remote-destinations", "/ccmadmin/access-lists", "/ccmadmin/mobility-profiles", "/ccmadmin/mobility-settings",
            "/ccmadmin/design-review", "/ccmadmin/capacity", "/ccmadmin/backups",
            "/ccmadmin/bulk/export", "/ccmadmin/bulk/import", "/ccmadmin/bulk/jobs",
        };
        foreach (var kind in CatalogKind.All)
        {
            pages.Add(kind.ListUrl);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(ListPages))]
    public async Task Get_ListPage_Answers200WithItsTitle(string url)
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ccmadmin/sites/new")]
    [InlineData("/ccmadmin/device-pools/new")]
    [InlineData("/ccmadmin/device-mobility-info/new")]
    [InlineData("/ccmadmin/regions/new")]
    [InlineData("/ccmadmin/end-users/new")]
    [InlineData("/ccmadmin/end-users/1")]
    [InlineData("/ccmadmin/phones/new")]
    [InlineData("/ccmadmin/phones/1")]
    [InlineData("/ccmadmin/directory-numbers/1")]
    [InlineData("/ccmadmin/remote-destination-profiles/1")]
    [InlineData("/ccmadmin/remote-destinations/new")]
    [InlineData("/ccmadmin/remote-destinations/1")]
    [InlineData("/ccmadmin/access-lists/1")]
    [InlineData("/ccmadmin/mobility-profiles/1")]
    public async Task Get_ConfigurationPage_Answers200(string url)
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_DemoSitePage_ShowsTheSeededSite()
    {
        using var client = await factory.SignedInClientAsync();

        var html = await client.GetStringAsync("/ccmadmin/sites/1");

        Assert.Contains("Site Configuration", html, StringComparison.Ordinal);
        Assert.Contains("San Jose", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ccmadmin/no-such-object")]
    [InlineData("/ccmadmin/no-such-object/1")]
    [InlineData("/nowhere")]
    public async Task Get_UnknownAddress_Answers404(string url)
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Root_RedirectsToTheAdminOverview()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/ccmadmin", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_StaticAssets_AreServedFromTheRootWwwroot()
    {
        using var client = await factory.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/app.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/_content/MudBlazor/MudBlazor.min.css")).StatusCode);
    }
}
