using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace AdminPortal.Web.Api;

/// <summary>
/// Reads a resource from a request body: at most 1 MiB of UTF-8 JSON, one object, no field the resource does not
/// have, every required field present and not null, every value of its type. The read-only fields a GET returned
/// (<c>id</c>, <c>findings</c>) are ignored, so a client may send back what it read. Anything else is a 400 problem
/// document naming the field.
/// </summary>
public static class AxlBody
{
    /// <summary>Fields a response carries that a request may send back and that are ignored.</summary>
    public static IReadOnlyList<string> ReadOnlyFields { get; } = ["id", "findings"];

    public const string JsonType = "application/json";

    public const string MergePatchType = "application/merge-patch+json";

    /// <summary>The body as a JSON object, or the 400/415 problem that says why not.</summary>
    public static async Task<(JsonObject? Json, IResult? Problem)> ReadObjectAsync(HttpRequest request, bool patch, CancellationToken cancellation)
    {
        var type = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(type, JsonType, StringComparison.OrdinalIgnoreCase) && !(patch && string.Equals(type, MergePatchType, StringComparison.OrdinalIgnoreCase)))
        {
            return (null, ApiProblems.UnsupportedMediaType(patch ? $"{MergePatchType} (or {JsonType})" : JsonType));
        }

        if (request.ContentLength > ApiJson.MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ApiJson.MaxBodyBytes)
            {
                return (null, TooLarge());
            }
        }

        try
        {
            var node = JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = ApiJson.Options.MaxDepth, AllowDuplicateProperties = false });
            return node is JsonObject json
                ? (json, null)
                : (null, ApiProblems.BadRequest("The body must be one JSON object (AXL's fields of the resource)."));
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.BadRequest($"The body is not valid JSON: {e.Message}"));
        }
        catch (DecoderFallbackException)
        {
            return (null, ApiProblems.BadRequest("The body is not UTF-8 text."));
        }
    }

    /// <summary>The resource the object holds, or the 400 problem naming each field that is unknown, missing or of the wrong type.</summary>
    public static (T? Resource, IResult? Problem) ToResource<T>(JsonObject json)
        where T : class
    {
        foreach (var field in ReadOnlyFields)
        {
            json.Remove(field);
        }

        var contract = (JsonTypeInfo<T>)ApiJson.Options.GetTypeInfo(typeof(T));
        var known = contract.Properties.Where(p => p.Set is not null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, _) in json.Where(p => !known.Contains(p.Key)))
        {
            errors[name] = [$"The resource has no field '{name}'. Fields are AXL's names in camelCase, e.g. {string.Join(", ", known.Take(4))}."];
        }

        foreach (var property in contract.Properties.Where(p => p.IsRequired && (!json.ContainsKey(p.Name) || json[p.Name] is null)))
        {
            errors[property.Name] = [$"'{property.Name}' is required."];
        }

        if (errors.Count > 0)
        {
            return (null, ApiProblems.BadRequest("Some fields are unknown or missing.", errors));
        }

        try
        {
            return (json.Deserialize(contract), null);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "";
            return (null, ApiProblems.BadRequest("A field holds a value of the wrong type.", new Dictionary<string, string[]> { [field] = [Describe(e)] }));
        }
    }

    private static string Describe(JsonException e) =>
        e.Message.Contains("could not be converted", StringComparison.Ordinal) || e.Message.Contains("null", StringComparison.OrdinalIgnoreCase)
            ? $"This value is not of the field's type{(e.Path is null ? "" : $" ({e.Path})")}: numbers are JSON numbers, switches true or false, choices in Unified CM's spelling, and required fields are not null."
            : e.Message;

    private static IResult TooLarge() => ApiProblems.BadRequest($"The body is larger than {ApiJson.MaxBodyBytes / 1024 / 1024} MiB.");
}
