using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;

namespace AdminPortal.Web.Api;

/// <summary>
/// What a field left out of a PUT becomes: its default, read from a resource made with nothing set (the records'
/// initializers are the one home of those values), written into the OpenAPI schema of each optional field.
/// </summary>
public static class AxlDefaults
{
    // The blank resource has null in its required fields, which the API's own options refuse to write.
    private static readonly JsonSerializerOptions Blank = new(ApiJson.Options) { RespectNullableAnnotations = false };

    public static void Describe(OpenApiSchema schema, JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || !type.Type.Namespace!.StartsWith("AdminPortal.Core.Interchange", StringComparison.Ordinal)
            || schema.Properties is null || type.Type.GetConstructor(Type.EmptyTypes) is null)
        {
            return;
        }

        // A record with required members still has its parameterless constructor at run time: "required" is the compiler's.
        var blank = JsonSerializer.SerializeToNode(Activator.CreateInstance(type.Type), type.Type, Blank)!.AsObject();
        foreach (var property in type.Properties.Where(p => !p.IsRequired && p.Name != "id"))
        {
            if (schema.Properties.TryGetValue(property.Name, out var field) && field is OpenApiSchema described && blank[property.Name] is JsonNode value)
            {
                described.Default = value.DeepClone();
            }
        }
    }
}
