using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AdminPortal.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AdminPortal.Web.Tests.Support;

/// <summary>Requests to <c>/api/v1</c> as a script writes them, and the checks every answer of the API shares.</summary>
public static class ApiRequests
{
    public const string Base = "/api/v1";

    public const string ProblemType = "application/problem+json";

    private static readonly ConditionalWeakTable<WebApplicationFactory<Program>, Task<string>> ScriptTokens = new();

    /// <summary>
    /// A script of the administrator with one read-write token per portal: a token is checked by its hash, where HTTP
    /// Basic runs the password hash on every request (which would make hundreds of requests slow).
    /// </summary>
    public static async Task<HttpClient> ScriptClientAsync(this WebApplicationFactory<Program> factory) =>
        factory.TokenClient(await ScriptTokens.GetValue(factory, f => f.CreateTokenAsync("test-script", ApiTokenScope.ReadWrite)));

    /// <summary>A request with a JSON body (text as given) of the given content type and, if given, an If-Match.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? body = null, string? ifMatch = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, JsonNode? body, string? ifMatch = null, string contentType = "application/json") =>
        client.SendAsync(Request(method, path, body?.ToJsonString(), ifMatch, contentType));

    /// <summary>The response is <paramref name="status"/> with a JSON body; returns the body.</summary>
    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)status}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The response is an RFC 9457 problem document of <paramref name="status"/>; returns it.</summary>
    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.JsonAsync(status);
        Assert.Equal(ProblemType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem["status"]?.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()));
        return problem;
    }

    /// <summary>The rule ids of a 422 problem's <c>rules</c> array.</summary>
    public static IReadOnlyList<string> RuleIds(JsonObject problem) =>
        [.. problem["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>())];

    /// <summary>The stored object (and its ETag) at <paramref name="path"/>.</summary>
    public static async Task<(JsonObject Body, string ETag)> ReadAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.NotNull(response.Headers.ETag);
        return (body, response.Headers.ETag!.ToString());
    }

    /// <summary>Adds an object and returns its id (the add must succeed).</summary>
    public static async Task<int> AddAsync(this HttpClient client, string collection, JsonNode body)
    {
        var response = await client.PostAsJsonAsync($"{Base}/{collection}", body);
        return (await response.JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<int>();
    }

    /// <summary>The id of the object of <paramref name="collection"/> whose key is exactly <paramref name="key"/>.</summary>
    public static async Task<int> IdOfAsync(this HttpClient client, string collection, string key)
    {
        var page = await (await client.GetAsync($"{Base}/{collection}?name={Uri.EscapeDataString(key)}&match=exact")).JsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Single()!["id"]!.GetValue<int>();
    }

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    public static string Text(this JsonNode? node) => node is null ? "null" : node.ToJsonString();
}
