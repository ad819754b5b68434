using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Support;
using static AdminPortal.Web.Tests.Support.ApiRequests;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// Optimistic concurrency through the API: PUT, PATCH and DELETE name the version they change in If-Match. A version
/// someone else has since replaced, or one this API never gave, is 412; none is 428; either way nothing changes.
/// </summary>
public sealed class ApiPreconditionTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static int _nextNumber = 6000;

    public static TheoryData<string, string> Writes { get; } = new()
    {
        { "PUT", "sites" },
        { "PATCH", "sites" },
        { "DELETE", "sites" },
        { "PUT", "remote-destinations" },
        { "PATCH", "remote-destinations" },
        { "DELETE", "remote-destinations" },
        { "PUT", "cluster/mobility-settings" },
        { "PATCH", "cluster/mobility-settings" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task StaleIfMatch_412AndNothingChanges(string method, string collection)
    {
        using var client = await factory.ScriptClientAsync();
        var (path, stale) = await ChangedSinceReadAsync(client, collection);
        var before = await DatabaseFingerprint.OfAsync(factory);

        // The ETag read before the change, a version this API never gave, no version at all, and a weak ETag (If-Match compares strongly).
        foreach (var ifMatch in new[] { stale, $"\"{Guid.NewGuid():N}\"", "\"not-a-version\"", "W/" + stale })
        {
            await (await SendAsync(client, method, path, ifMatch)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        Assert.Equal(before, await DatabaseFingerprint.OfAsync(factory));
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task MissingIfMatch_428AndNothingChanges(string method, string collection)
    {
        using var client = await factory.ScriptClientAsync();
        var (path, _) = await ChangedSinceReadAsync(client, collection);
        var before = await DatabaseFingerprint.OfAsync(factory);

        await (await SendAsync(client, method, path, ifMatch: null)).ProblemAsync((HttpStatusCode)428);

        Assert.Equal(before, await DatabaseFingerprint.OfAsync(factory));
    }

    [Theory]
    [InlineData("sites")]
    [InlineData("remote-destinations")]
    [InlineData("cluster/mobility-settings")]
    public async Task PutOfWhatWasRead_KeepsTheETagAndChangesNothing(string collection)
    {
        using var client = await factory.ScriptClientAsync();
        var (path, _) = await ChangedSinceReadAsync(client, collection);
        var (body, etag) = await client.ReadAsync(path);
        body.Remove("findings");
        var before = await DatabaseFingerprint.OfAsync(factory);

        var put = await client.SendJsonAsync(HttpMethod.Put, path, body, etag);

        await put.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(etag, put.Headers.ETag?.ToString());
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(factory));
        var again = await client.SendJsonAsync(HttpMethod.Put, path, Changed(body), etag);
        await again.JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>An object's address and the ETag a client read before someone else changed it.</summary>
    private static async Task<(string Path, string Stale)> ChangedSinceReadAsync(HttpClient client, string collection)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        string path;
        if (collection == "remote-destinations")
        {
            await client.AddAsync("end-users", Parse($$"""{"userid":"u{{unique}}","lastName":"Stale","enableMobility":true}"""));
            await client.AddAsync("remote-destination-profiles", Parse($$"""{"name":"U{{unique}}_RDP","userId":"u{{unique}}","devicePoolName":"SJ_DP"}"""));
            var number = $"+1919555{Interlocked.Increment(ref _nextNumber)}";
            path = $"{Base}/{collection}/{await client.AddAsync(collection, Parse($$"""{"name":"Stale","destination":"{{number}}","ownerUserId":"u{{unique}}","remoteDestinationProfileName":"U{{unique}}_RDP"}"""))}";
        }
        else
        {
            path = collection.StartsWith("cluster/", StringComparison.Ordinal)
                ? $"{Base}/{collection}"
                : $"{Base}/{collection}/{await client.AddAsync(collection, Parse($$"""{"name":"stale_{{unique}}"}"""))}";
        }

        var (body, stale) = await client.ReadAsync(path);
        // A real change: a PUT of the same body changes nothing and keeps the ETag (an unchanged save writes nothing).
        body.Remove("findings");
        if (body.ContainsKey("handoffNumber"))
        {
            body["handoffNumber"] = $"+1408555{Interlocked.Increment(ref _nextNumber)}";
        }
        else
        {
            body["name"] = body["name"]!.GetValue<string>() + "_m";
        }

        var meanwhile = await client.SendJsonAsync(HttpMethod.Put, path, body, stale);
        Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);
        return (path, stale);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? ifMatch)
    {
        var (current, _) = await client.ReadAsync(path);
        current.Remove("findings");
        return method switch
        {
            "PUT" => await client.SendJsonAsync(HttpMethod.Put, path, Changed(current), ifMatch),
            "PATCH" => await client.SendJsonAsync(HttpMethod.Patch, path, Parse(current.ContainsKey("handoffNumber") ? """{"handoffNumber":"+14085552397"}""" : """{"name":"lost update"}"""),
                ifMatch, "application/merge-patch+json"),
            _ => await client.SendAsync(Request(HttpMethod.Delete, path, ifMatch: ifMatch)),
        };
    }

    // A change the object would otherwise accept: a new name (or, for the settings, a new handoff number).
    private static JsonObject Changed(JsonObject current)
    {
        if (current.ContainsKey("handoffNumber"))
        {
            current["handoffNumber"] = "+14085552398";
        }
        else
        {
            current["name"] = current["name"]!.GetValue<string>() + " lost";
        }

        return current;
    }
}
