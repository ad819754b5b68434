using System.Net;
using System.Text.Json;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// <c>/openapi/v1.json</c> as a client generator reads it: a valid OpenAPI document (Microsoft.OpenApi's own reader
/// and rules), every /api/v1 route the app maps (its endpoint data source) with each of its methods, the refusals a
/// write can answer, and the Basic and Bearer security schemes.
/// </summary>
public sealed class ApiDocumentTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static readonly string[] UpdateRefusals = ["412", "428"];
    private static readonly string[] WriteRefusals = ["400", "422"];

    [Fact]
    public async Task Document_IsValidOpenApi_WithBasicAndBearer()
    {
        var text = await DocumentTextAsync();

        var read = OpenApiDocument.Parse(text, "json");

        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var document = read.Document!;
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        var schemes = document.Components!.SecuritySchemes!;
        Assert.Contains(schemes.Values, s => s.Type == SecuritySchemeType.Http && s.Scheme == "basic");
        Assert.Contains(schemes.Values, s => s.Type == SecuritySchemeType.Http && s.Scheme == "bearer");
        Assert.Equal(2, document.Security!.Count);
    }

    [Fact]
    public async Task EveryMappedApiRoute_IsInTheDocumentWithItsMethods()
    {
        using var json = JsonDocument.Parse(await DocumentTextAsync());
        var paths = json.RootElement.GetProperty("paths");
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: PathOf(e.RoutePattern), Method: m)))
            .ToList();
        Assert.True(routes.Count > 100, $"Only {routes.Count} API routes were found.");

        var missing = routes.Where(r => !paths.TryGetProperty(r.Path, out var item) || !item.TryGetProperty(r.Method.ToLowerInvariant(), out _))
            .Select(r => $"{r.Method} {r.Path}").ToList();

        Assert.True(missing.Count == 0, "Not in the OpenAPI document: " + string.Join(", ", missing));
        foreach (var (path, method) in routes.Where(r => r.Method is "PUT" or "PATCH" or "DELETE"))
        {
            var responses = paths.GetProperty(path).GetProperty(method.ToLowerInvariant()).GetProperty("responses");
            Assert.All(UpdateRefusals, status => Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not document {status}."));
        }

        // A bulk import answers its refused rows in its 200 report (issue 12), never a 422: it documents 400 and 403.
        foreach (var (path, method) in routes.Where(r => r.Method is "POST" or "PUT" or "PATCH" && !r.Path.StartsWith("/api/v1/bulk/import", StringComparison.Ordinal)))
        {
            var responses = paths.GetProperty(path).GetProperty(method.ToLowerInvariant()).GetProperty("responses");
            Assert.All(WriteRefusals, status => Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not document {status}."));
        }
    }

    private async Task<string> DocumentTextAsync()
    {
        using var client = factory.ApiClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // "/api/v1/sites/{id:int}" is "/api/v1/sites/{id}" in the document.
    private static string PathOf(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}"),
        }))));
}
