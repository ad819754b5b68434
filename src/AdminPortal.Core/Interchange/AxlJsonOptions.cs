using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// How an AXL resource is written as JSON wherever the portal writes one (the HTTP API, the audit log): AXL's field
/// names in camelCase, exactly; numbers as numbers; enumerations in Unified CM's spelling; no null where a value is
/// required; a field the resource does not have is an error.
/// </summary>
public static class AxlJsonOptions
{
    public static JsonSerializerOptions Strict { get; } = Create();

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
