using System.Net;
using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Support;
using static AdminPortal.Web.Tests.Support.ApiRequests;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// Every collection of <c>/api/v1</c> on the real app, as a script uses it: add (201, Location, ETag), get, find by
/// key, sort and page, replace whole (PUT with If-Match), change one field (JSON Merge Patch), delete; and the
/// singleton cluster mobility settings (get, replace, patch).
/// </summary>
public sealed class ApiCollectionTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [MemberData(nameof(ApiCollectionCase.Names), MemberType = typeof(ApiCollectionCase))]
    public async Task Collection_AddGetFindReplacePatchDelete(string name)
    {
        var @case = ApiCollectionCase.All[name];
        var path = $"{Base}/{@case.Collection}";
        using var client = await factory.ScriptClientAsync();
        foreach (var (collection, body) in @case.Setup)
        {
            await client.AddAsync(collection, Parse(body));
        }

        // POST: 201, the new object's address and version, the object as stored.
        var add = await client.SendJsonAsync(HttpMethod.Post, path, @case.NewBody());
        var added = await add.JsonAsync(HttpStatusCode.Created);
        var id = added["id"]!.GetValue<int>();
        Assert.Equal($"{path}/{id}", add.Headers.Location?.OriginalString);
        Assert.NotNull(add.Headers.ETag);
        foreach (var (field, value) in @case.NewBody().Where(f => f.Key != "ringSchedule"))
        {
            Assert.Equal(value.Text(), added[field].Text());
        }

        if (@case.NewBody().ContainsKey("ringSchedule"))
        {
            // A span (Mon-Fri) is stored, and read back, as one member per day.
            Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri"], added["ringSchedule"]!.AsArray().Select(m => m!["startDay"]!.GetValue<string>()));
            Assert.All(added["ringSchedule"]!.AsArray(), m => Assert.Equal(m!["startDay"].Text(), m["endDay"].Text()));
        }

        // GET: the same object, the same version.
        var (got, etag) = await client.ReadAsync($"{path}/{id}");
        Assert.Equal(add.Headers.ETag!.ToString(), etag);
        Assert.Equal(@case.KeyValue, got[@case.Key]!.GetValue<string>());

        // Find by key: exact, and by a part of it.
        var exact = await (await client.GetAsync($"{path}?name={Uri.EscapeDataString(@case.KeyValue)}&match=exact")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, exact["total"]!.GetValue<int>());
        Assert.Equal(id, exact["items"]![0]!["id"]!.GetValue<int>());
        var middle = @case.KeyValue[1..^1];
        var contains = await (await client.GetAsync($"{path}?name={Uri.EscapeDataString(middle)}&match=contains&pageSize=500")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(contains["items"]!.AsArray(), item => item!["id"]!.GetValue<int>() == id);
        Assert.All(contains["items"]!.AsArray(), item => Assert.Contains(middle, item![@case.Key]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));

        // Sort and page: pages of the descending order are slices of it, and it is the ascending order reversed.
        var ascending = await KeysAsync(client, $"{path}?sort=name&pageSize=500", @case.Key);
        var descending = await KeysAsync(client, $"{path}?sort=-name&pageSize=500", @case.Key);
        Assert.True(ascending.Count >= 2, $"{name} should list the demo objects and the new one.");
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
        Assert.Equal(ascending.Order(StringComparer.Ordinal), ascending);
        var page = await (await client.GetAsync($"{path}?sort=-name&page=2&pageSize=1")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(descending.Count, page["total"]!.GetValue<int>());
        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.Equal(1, page["pageSize"]!.GetValue<int>());
        Assert.Equal([descending[1]], page["items"]!.AsArray().Select(i => i![@case.Key]!.GetValue<string>()));

        // PUT: what GET returned, one field changed, with its ETag.
        var replacement = got.DeepClone().AsObject();
        replacement[@case.ChangedField] = JsonNode.Parse(@case.ReplacedValue);
        var put = await client.SendJsonAsync(HttpMethod.Put, $"{path}/{id}", replacement, etag);
        var replaced = await put.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(@case.ReplacedValue, replaced[@case.ChangedField].Text());
        Assert.NotEqual(etag, put.Headers.ETag?.ToString());

        // PATCH: only the field sent changes.
        var patch = await client.SendJsonAsync(HttpMethod.Patch, $"{path}/{id}", new JsonObject { [@case.ChangedField] = JsonNode.Parse(@case.PatchedValue) },
            put.Headers.ETag!.ToString(), "application/merge-patch+json");
        var patched = await patch.JsonAsync(HttpStatusCode.OK);
        var (stored, storedTag) = await client.ReadAsync($"{path}/{id}");
        Assert.Equal(patch.Headers.ETag!.ToString(), storedTag);
        Assert.Equal(@case.PatchedValue, stored[@case.ChangedField].Text());
        replaced[@case.ChangedField] = JsonNode.Parse(@case.PatchedValue);
        replaced.Remove("findings");
        patched.Remove("findings");
        Assert.True(JsonNode.DeepEquals(replaced, stored), $"PATCH changed more than {@case.ChangedField}: {replaced} vs {stored}");
        Assert.True(JsonNode.DeepEquals(patched, stored));

        // DELETE: 204, then it is gone.
        var delete = await client.SendAsync(Request(HttpMethod.Delete, $"{path}/{id}", ifMatch: storedTag));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await (await client.GetAsync($"{path}/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MobilitySettings_GetReplacePatch()
    {
        const string path = $"{Base}/cluster/mobility-settings";
        using var client = await factory.ScriptClientAsync();

        var (settings, etag) = await client.ReadAsync(path);
        Assert.Equal("+14085552345", settings["mobileVoiceAccessNumber"]!.GetValue<string>());
        settings["handoffNumber"] = "+14085552399";
        var put = await client.SendJsonAsync(HttpMethod.Put, path, settings, etag);
        Assert.Equal("+14085552399", (await put.JsonAsync(HttpStatusCode.OK))["handoffNumber"]!.GetValue<string>());
        var patch = await client.SendJsonAsync(HttpMethod.Patch, path, Parse("""{"sessionHandoffAlertingTimer":12}"""), put.Headers.ETag!.ToString(), "application/merge-patch+json");
        await patch.JsonAsync(HttpStatusCode.OK);

        var (stored, _) = await client.ReadAsync(path);
        Assert.Equal(12, stored["sessionHandoffAlertingTimer"]!.GetValue<int>());
        Assert.Equal("+14085552399", stored["handoffNumber"]!.GetValue<string>());
        Assert.Equal("+14085552345", stored["mobileVoiceAccessNumber"]!.GetValue<string>());
        // One set of settings: never added or removed.
        await (await client.SendJsonAsync(HttpMethod.Post, path, settings)).ProblemAsync(HttpStatusCode.MethodNotAllowed);
        await (await client.SendAsync(Request(HttpMethod.Delete, path, ifMatch: etag))).ProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    private static async Task<List<string>> KeysAsync(HttpClient client, string address, string key)
    {
        var page = await (await client.GetAsync(address)).JsonAsync(HttpStatusCode.OK);
        var items = page["items"]!.AsArray();
        Assert.Equal(items.Count, page["total"]!.GetValue<int>());
        return [.. items.Select(i => i![key]!.GetValue<string>())];
    }
}
