using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// <c>/api/v1/me</c>: an end user's own remote destinations and access lists through the Self Care ownership checks
/// (another user's id is 404 and changes nothing), and who the store is told makes an API change.
/// </summary>
public sealed class ApiSelfCareTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string MyDestinations = "/api/v1/me/remote-destinations";
    private const string MyAccessLists = "/api/v1/me/access-lists";

    [Fact]
    public async Task EndUser_ListsAndGetsOnlyTheirOwnDestinations()
    {
        using var client = factory.BasicClient(PortalSignIn.EndUser);
        var own = await DestinationIdAsync("+14085557890");

        var list = await client.GetFromJsonAsync<JsonElement>(MyDestinations);
        var one = await client.GetAsync($"{MyDestinations}/{own}");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal("jsmith", item.GetProperty("ownerUserId").GetString()));
        Assert.Contains(items, item => item.GetProperty("destination").GetString() == "+14085557890");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.NotNull(one.Headers.ETag);
        Assert.Equal("jsmith_blocked", (await one.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessListName").GetString());
    }

    [Fact]
    public async Task EndUser_OnAnotherUsersDestinationOrList_Gets404AndNothingChanges()
    {
        using var client = factory.BasicClient(PortalSignIn.EndUser);
        var theirs = await DestinationIdAsync("+19195558001");
        var theirList = await AccessListIdAsync("mgarcia_family");
        var before = await VersionsAsync(theirs, theirList);
        var anyVersion = new EntityTagHeaderValue("\"" + Guid.NewGuid().ToString("N") + "\"");

        var get = await client.GetAsync($"{MyDestinations}/{theirs}");
        var put = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{MyDestinations}/{theirs}")
        {
            Content = JsonContent.Create(new { name = "taken", destination = "+19195558001" }),
            Headers = { IfMatch = { anyVersion } },
        });
        var delete = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"{MyDestinations}/{theirs}") { Headers = { IfMatch = { anyVersion } } });
        var getList = await client.GetAsync($"{MyAccessLists}/{theirList}");
        var deleteList = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"{MyAccessLists}/{theirList}") { Headers = { IfMatch = { anyVersion } } });

        Assert.All([get, put, delete, getList, deleteList], response =>
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        });
        Assert.Equal(before, await VersionsAsync(theirs, theirList));
    }

    [Fact]
    public async Task EndUser_AddsChangesAndDeletesTheirOwnDestination()
    {
        using var client = factory.BasicClient(PortalSignIn.EndUser);

        var add = await client.PostAsJsonAsync(MyDestinations, new { name = "John api", destination = "+14085550199", isMobilePhone = true, ownerUserId = "mgarcia" });
        var added = await add.Content.ReadFromJsonAsync<JsonElement>();
        var id = added.GetProperty("id").GetInt32();
        var noIfMatch = await client.PutAsJsonAsync($"{MyDestinations}/{id}", new { name = "John renamed", destination = "+14085550199" });
        var put = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{MyDestinations}/{id}")
        {
            Content = JsonContent.Create(new { name = "John renamed", destination = "+14085550199", accessListName = "jsmith_blocked" }),
            Headers = { IfMatch = { add.Headers.ETag! } },
        });
        var changed = await put.Content.ReadFromJsonAsync<JsonElement>();
        var delete = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"{MyDestinations}/{id}") { Headers = { IfMatch = { put.Headers.ETag! } } });

        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        Assert.Equal("jsmith", added.GetProperty("ownerUserId").GetString());
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("John renamed", changed.GetProperty("name").GetString());
        Assert.Equal("jsmith_blocked", changed.GetProperty("accessListName").GetString());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await using var db = await Db();
        Assert.False(await db.RemoteDestinations.AnyAsync(r => r.Id == id));
    }

    [Fact]
    public async Task EndUser_CannotUseAnotherUsersAccessListByName()
    {
        using var client = factory.BasicClient(PortalSignIn.EndUser);

        var add = await client.PostAsJsonAsync(MyDestinations, new { name = "John sneaky", destination = "+14085550198", accessListName = "mgarcia_family" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, add.StatusCode);
        var problem = await add.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("accessListName", out _));
        await using var db = await Db();
        Assert.False(await db.RemoteDestinations.AnyAsync(r => r.DestinationNumber == "+14085550198"));
    }

    [Fact]
    public async Task EndUser_CreatesAnAccessListThatIsAlwaysTheirs()
    {
        using var client = factory.BasicClient(PortalSignIn.EndUser);

        var add = await client.PostAsJsonAsync(MyAccessLists, new
        {
            name = "jsmith_api_allowed",
            isAllowedType = true,
            endUserIdName = "mgarcia",
            members = new[] { new { callerFilterMask = "Directory Number", dnMask = "408555XXXX" } },
        });

        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        var list = await add.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("jsmith", list.GetProperty("endUserIdName").GetString());
        Assert.Equal("408555XXXX", list.GetProperty("members")[0].GetProperty("dnMask").GetString());
    }

    [Fact]
    public async Task ApiWrite_IsAskedOfTheStoreAsChannelApiWithTheTokenName()
    {
        var recorded = new List<ChangeActor>();
        var portal = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
        {
            services.AddScoped<SignedInChangeAuthorization>();
            services.AddScoped<IChangeAuthorization>(provider => new RecordingAuthorization(provider.GetRequiredService<SignedInChangeAuthorization>(), recorded));
        }));
        var token = await portal.CreateTokenAsync("probe-token", ApiTokenScope.ReadWrite);
        using var script = portal.TokenClient(token);
        using var endUser = portal.BasicClient(PortalSignIn.EndUser);

        var add = await script.PostAsJsonAsync("/api/v1/sites", new { name = "probe_site" });
        var own = await endUser.PostAsJsonAsync(MyAccessLists, new { name = "jsmith_probe_list" });

        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Contains(new ChangeActor("admin", ChangeChannel.Api, MayChange: true, TokenName: "probe-token"), recorded);
        Assert.Contains(new ChangeActor("jsmith", ChangeChannel.Api, MayChange: true), recorded);
        Assert.DoesNotContain(recorded, actor => actor.Channel != ChangeChannel.Api);
    }

    private async Task<PortalDbContext> Db() => await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private async Task<int> DestinationIdAsync(string number)
    {
        await using var db = await Db();
        return await db.RemoteDestinations.Where(r => r.DestinationNumber == number).Select(r => r.Id).SingleAsync();
    }

    private async Task<int> AccessListIdAsync(string name)
    {
        await using var db = await Db();
        return await db.AccessLists.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    private async Task<(Guid, Guid)> VersionsAsync(int destination, int list)
    {
        await using var db = await Db();
        return (await db.RemoteDestinations.Where(r => r.Id == destination).Select(r => r.Version).SingleAsync(),
            await db.AccessLists.Where(a => a.Id == list).Select(a => a.Version).SingleAsync());
    }

    /// <summary>The portal's own answer, recorded: what the store is told about each change.</summary>
    private sealed class RecordingAuthorization(IChangeAuthorization inner, List<ChangeActor> recorded) : IChangeAuthorization
    {
        public async Task<ChangeActor> ActorAsync(CancellationToken cancellation = default)
        {
            var actor = await inner.ActorAsync(cancellation);
            lock (recorded)
            {
                recorded.Add(actor);
            }

            return actor;
        }
    }
}
