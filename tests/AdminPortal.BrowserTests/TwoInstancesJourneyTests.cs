using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AdminPortal.BrowserTests.Support;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>
/// Issue 14 part 2 (decision 018): two portal instances on one PostgreSQL database behind HAProxy with the
/// repository's deploy/haproxy.cfg. A sign-in and a change made on one are good on the other, R2 holds across them,
/// the proxy pins a browser to one instance and carries its circuit's WebSocket, and when that instance dies the
/// browser's next request reaches the other while the page asks the user to reload.
/// </summary>
[Trait("Database", "Postgres")]
public sealed class TwoInstancesJourneyTests(TwoPortalsBehindProxy portals) : IClassFixture<TwoPortalsBehindProxy>, IAsyncLifetime
{
    private const string Api = "/api/v1";

    // Each test starts with both instances serving, whichever test killed one before it.
    public Task InitializeAsync() => portals.EnsureBothRunningAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignIn_ThroughTheProxy_IsValidOnEachInstanceDirectly()
    {
        await using var context = await portals.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(portals.ProxyUrl, "admin");
        var session = string.Join("; ", (await context.CookiesAsync([portals.ProxyUrl]))
            .Where(c => c.Name.StartsWith("MobilityPortal.Auth", StringComparison.Ordinal)).Select(c => $"{c.Name}={c.Value}"));
        Assert.NotEmpty(session);

        foreach (var instance in portals.Instances)
        {
            using var withSession = Client(session);
            using var without = Client(cookie: null);
            var page1 = await withSession.GetAsync(instance.Url + "/ccmadmin/sites");
            var anonymous = await without.GetAsync(instance.Url + "/ccmadmin/sites");

            Assert.True(page1.StatusCode == HttpStatusCode.OK, $"{instance.Name} answered {(int)page1.StatusCode}.");
            Assert.Matches("data-test=\"signed-in-as\"[^>]*>admin<", await page1.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.Contains("/account/signin", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Change_SavedOnOneInstance_IsSeenOnTheOther_AndAStaleCopyThereIsRefused()
    {
        var token = await portals.CreateTokenAsync("two-instances-change");
        using var one = TwoPortalsBehindProxy.ApiClient(portals.Instances[0], token);
        using var two = TwoPortalsBehindProxy.ApiClient(portals.Instances[1], token);
        var added = await one.PostAsJsonAsync($"{Api}/end-users", JsonNode.Parse("""{"userid":"twin","lastName":"Twin","firstName":"First"}"""));
        var id = (await JsonAsync(added, HttpStatusCode.Created))["id"]!.GetValue<int>();

        var read = await two.GetAsync($"{Api}/end-users/{id}");
        Assert.Equal("First", (await JsonAsync(read, HttpStatusCode.OK))["firstName"]!.GetValue<string>());
        var patched = await two.SendAsync(MergePatch($"{Api}/end-users/{id}", """{"firstName":"Second"}""", read.Headers.ETag!.ToString()));
        await JsonAsync(patched, HttpStatusCode.OK);

        var again = await one.GetAsync($"{Api}/end-users/{id}");
        Assert.Equal("Second", (await JsonAsync(again, HttpStatusCode.OK))["firstName"]!.GetValue<string>());
        // The first instance's copy of the old version is stale there too: one database, one version.
        var stale = await one.SendAsync(MergePatch($"{Api}/end-users/{id}", """{"firstName":"Lost"}""", read.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task R2_WritersOnBothInstancesAt39990_EndAtExactly40000()
    {
        const int writers = 8, eachAdds = 5;
        await NearlyFullPostgresCluster.FillToAsync(portals.Database, DesignRules.ClusterRemoteDestinationCap - 10);
        var token = await portals.CreateTokenAsync("two-instances-r2");
        using (var setup = TwoPortalsBehindProxy.ApiClient(portals.Instances[0], token))
        {
            for (var w = 0; w < writers; w++)
            {
                await JsonAsync(await setup.PostAsJsonAsync($"{Api}/end-users", JsonNode.Parse($$"""{"userid":"twinracer{{w}}","lastName":"Racer","enableMobility":true,"remoteDestinationLimit":10}""")), HttpStatusCode.Created);
                await JsonAsync(await setup.PostAsJsonAsync($"{Api}/remote-destination-profiles", JsonNode.Parse($$"""{"name":"TWINRACER{{w}}_RDP","userId":"twinracer{{w}}","devicePoolName":"SJ_DP"}""")), HttpStatusCode.Created);
            }
        }

        // Half the writers on each instance, all at once.
        var answers = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            using var client = TwoPortalsBehindProxy.ApiClient(portals.Instances[w % 2], token);
            var statuses = new List<(HttpStatusCode Status, string Body)>();
            for (var i = 0; i < eachAdds; i++)
            {
                var response = await client.PostAsJsonAsync($"{Api}/remote-destinations", JsonNode.Parse(
                    $$"""{"name":"twinracer{{w}} {{i}}","destination":"+4421{{w}}{{i:D7}}","ownerUserId":"twinracer{{w}}","remoteDestinationProfileName":"TWINRACER{{w}}_RDP"}"""));
                statuses.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
            }

            return statuses;
        })));

        var all = answers.SelectMany(a => a).ToList();
        var summary = string.Join(", ", all.GroupBy(a => a.Status).Select(g => $"{g.Key}: {g.Count()}"));
        Assert.True(all.Count(a => a.Status == HttpStatusCode.Created) == 10, summary);
        Assert.All(all.Where(a => a.Status != HttpStatusCode.Created), refused =>
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
            Assert.Equal(["R2"], JsonNode.Parse(refused.Body)!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        });
        await using var db = await portals.Database.CreateDbContextAsync();
        Assert.Equal(DesignRules.ClusterRemoteDestinationCap, await ClusterGuard.RemoteDestinationCountAsync(db, default));
        Assert.Equal(10, await db.RemoteDestinations.CountAsync(r => r.Owner!.UserId.StartsWith("twinracer")));
        Assert.Equal(DesignRules.ClusterRemoteDestinationCap, await db.RemoteDestinations.CountAsync());
    }

    [Fact]
    public async Task Browser_ThroughTheProxy_StaysOnOneInstance_AndItsCircuitSavesThere()
    {
        await using var context = await portals.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        await page.SignInAsync(portals.ProxyUrl, "admin");

        // Full page loads, each marked: the instance that logged the first one logs every other, and the other none.
        var first = $"sticky-{Guid.NewGuid():N}";
        await page.GoInteractiveAsync($"{portals.ProxyUrl}/ccmadmin/end-users?probe={first}");
        await WaitUntilAsync(() => portals.Instances.Any(i => i.Served(first)), $"No instance logged the request {first}.\n{portals.Diagnostics}");
        var pinned = portals.Instances.Single(i => i.Served(first));
        var other = portals.Instances.Single(i => i != pinned);
        for (var i = 0; i < 4; i++)
        {
            var marker = $"sticky-{Guid.NewGuid():N}";
            await page.GoInteractiveAsync($"{portals.ProxyUrl}/ccmadmin/end-users?probe={marker}");
            await WaitUntilAsync(() => pinned.Served(marker) || other.Served(marker), $"No instance logged the request {marker}.");
            Assert.False(other.Served(marker), $"{other.Name} served {marker}, though the browser was on {pinned.Name}.");
        }

        Assert.Same(pinned, await portals.PinnedInstanceAsync(context));
        Assert.Contains(sockets, url => url.StartsWith($"ws://127.0.0.1:{portals.ProxyPort}/_blazor", StringComparison.Ordinal));

        // An object written through the other instance, edited in this browser's circuit (a WebSocket through the proxy).
        var token = await portals.CreateTokenAsync("two-instances-browser");
        using var api = TwoPortalsBehindProxy.ApiClient(other, token);
        var id = (await JsonAsync(await api.PostAsJsonAsync($"{Api}/end-users", JsonNode.Parse("""{"userid":"twinbrowser","lastName":"Browser","firstName":"Written"}""")), HttpStatusCode.Created))["id"]!.GetValue<int>();
        await page.GoInteractiveAsync($"{portals.ProxyUrl}/ccmadmin/end-users/{id}");
        await Expect(page.Locator("input[data-field='FirstName']")).ToHaveValueAsync("Written");
        await page.TypeIntoAsync("FirstName", "Edited");
        await page.ClickTestAsync("save");
        await Expect(page.Locator("[data-test='status']")).ToContainTextAsync("Update successful");

        var read = await JsonAsync(await api.GetAsync($"{Api}/end-users/{id}"), HttpStatusCode.OK);
        Assert.Equal("Edited", read["firstName"]!.GetValue<string>());
    }

    [Fact]
    public async Task InstanceKilledMidSession_NextRequestGoesToTheOther_AndThePageAsksToReload()
    {
        await using var context = await portals.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(portals.ProxyUrl, "admin");
        var marker = $"killed-{Guid.NewGuid():N}";
        await page.GoInteractiveAsync($"{portals.ProxyUrl}/ccmadmin/end-users?probe={marker}");
        var pinned = await portals.PinnedInstanceAsync(context);
        var other = portals.Instances.Single(i => i != pinned);
        Assert.False(other.Served(marker));

        pinned.Kill();

        // The circuit's WebSocket closes; Blazor reconnects through the proxy, reaches the other instance, which does
        // not hold the circuit: the page says so and asks for a reload (no error page, no proxy 503).
        var notice = page.Locator("[data-test='reconnect-rejected']");
        await Expect(notice).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(notice).ToContainTextAsync("Reload the page to continue");
        await Expect(page.Locator("[data-test='reconnect-reload']")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = RunningPortal.ScreenshotPath("reconnect-other-instance.png") });

        // The reload is the next request: the same address, answered by the other instance, still signed in.
        var reload = await page.RunAndWaitForResponseAsync(
            () => page.Locator("[data-test='reconnect-reload']").ClickAsync(), response => response.Url.Contains($"probe={marker}", StringComparison.Ordinal));
        Assert.Equal(200, reload.Status);
        await page.Locator("[data-test='interactive']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(notice).ToBeHiddenAsync();
        await Expect(page.Locator("[data-test='signed-in-as']")).ToContainTextAsync("admin");
        await WaitUntilAsync(() => other.Served(marker), $"The reload was not served by {other.Name}.\n{portals.Diagnostics}");
        Assert.Same(other, await portals.PinnedInstanceAsync(context));
    }

    private static HttpClient Client(string? cookie)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        return client;
    }

    private static HttpRequestMessage MergePatch(string path, string body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = new StringContent(body, Encoding.UTF8, "application/merge-patch+json") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)status}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The console logger writes on its own thread: a request's line may come a moment after its response.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            Assert.True(waited < 5_000, failure);
            await Task.Delay(50);
        }
    }
}
