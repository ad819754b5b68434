using System.Net;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Http;

/// <summary>The audit log's CSV download: filtered as the page filters, refused with a problem for a filter that does not parse, administrators only.</summary>
public sealed class AuditLogExportTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Get_CsvFilteredByAccount_HasOneRowPerChangedFieldOfThatAccount()
    {
        var store = new ConfigurationStore(factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), new SystemChange("csv-seeder"));
        Assert.True((await store.SaveAsync(new Site { Name = "Austin", Description = "Texas office" })).Succeeded);
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync("/ccmadmin/audit-log.csv?account=csv-seeder&objectType=Site");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Time (UTC),Account,Channel,Token,Action,Object Type,Object Id,Object Name,Field,Old Value,New Value", lines[0]);
        Assert.Contains(lines, l => l.Contains(",csv-seeder,System,,Create,Site,", StringComparison.Ordinal) && l.EndsWith(",Austin,description,,Texas office", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains(",csv-seeder,System,", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("from=yesterday")]
    [InlineData("channel=Fax")]
    [InlineData("action=1")]
    [InlineData("objectId=-3")]
    public async Task Get_FilterThatDoesNotParse_Is400WithAProblemNamingIt(string query)
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync($"/ccmadmin/audit-log.csv?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{query.Split('=')[0]}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsAnEndUser_IsNotServed()
    {
        using var client = await factory.SignedInClientAsync(PortalSignIn.EndUser);

        var response = await client.GetAsync("/ccmadmin/audit-log.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Time (UTC)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
