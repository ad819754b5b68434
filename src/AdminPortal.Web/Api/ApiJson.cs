using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdminPortal.Web.Api;

/// <summary>
/// How the HTTP API reads and writes JSON: AXL's field names in camelCase, exactly (a field the resource does not
/// have is an error, whatever its case), numbers as numbers, enumerations in Unified CM's spelling, no null where a
/// value is required.
/// </summary>
public static class ApiJson
{
    /// <summary>The largest request body the API reads (1 MiB).</summary>
    public const int MaxBodyBytes = 1 << 20;

    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            MaxDepth = 16,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
