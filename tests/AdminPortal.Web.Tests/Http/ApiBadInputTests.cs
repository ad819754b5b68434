using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AdminPortal.Web.Tests.Support;
using static AdminPortal.Web.Tests.Support.ApiRequests;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// The bad-input corpus (<see cref="BadInputCorpus"/>, generated, several hundred requests) against the real app: every
/// request answers its 4xx with an RFC 9457 problem document, never a 5xx, and leaves the database as it was.
/// </summary>
public sealed class ApiBadInputTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static readonly string[] Kinds =
        ["malformed JSON", "unknown field", "wrong type", "100,000 characters", "null", "missing", "unknown", "SQL-looking", "content type", "over 1 MiB", "?page=", "1e400", "<script>", "not UTF-8"];

    [Fact]
    public void Corpus_HasAtLeast200Requests_OfEveryKind()
    {
        var names = BadInputCorpus.All.Keys.ToList();
        Assert.True(names.Count >= 200, $"{names.Count} requests");
        Assert.All(Kinds, kind => Assert.Contains(names, n => n.Contains(kind, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(BadInputCorpus.Names), MemberType = typeof(BadInputCorpus))]
    public async Task BadRequest_Answers4xxProblem_AndChangesNothing(string name)
    {
        var bad = BadInputCorpus.All[name];
        using var client = await factory.ScriptClientAsync();
        var (path, etag) = await TargetAsync(client, bad);
        var before = await DatabaseFingerprint.OfAsync(factory);

        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), path);
        if (bad.Body is not null)
        {
            request.Content = bad.Chunked ? new StreamContent(new UnseekableStream(bad.Body)) : new ByteArrayContent(bad.Body);
            request.Content.Headers.ContentType = bad.ContentType is null ? null : MediaTypeHeaderValue.Parse(bad.ContentType);
        }

        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == bad.Status, $"{bad.Method} {path} answered {(int)response.StatusCode}, not {(int)bad.Status}: {text[..Math.Min(text.Length, 600)]}");
        Assert.Equal(ProblemType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)bad.Status, JsonNode.Parse(text)!["status"]!.GetValue<int>());
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(factory));
    }

    /// <summary>The address with the existing object's id, and its current ETag (so that only the body is wrong).</summary>
    private static async Task<(string Path, string? ETag)> TargetAsync(HttpClient client, BadInput bad)
    {
        if (bad.Existing?.Split('|') is not [var collection, var key])
        {
            return (bad.Path, null);
        }

        var path = key.Length == 0 ? bad.Path : bad.Path.Replace("{id}", (await client.IdOfAsync(collection, key)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var (_, etag) = await client.ReadAsync(path);
        return (path, etag);
    }

    /// <summary>A body whose length the client cannot know: sent chunked, without Content-Length.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
