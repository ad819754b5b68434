using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Core.Audit;

/// <summary>
/// The changes of a created <typeparamref name="TAxl"/> as its audit entry lists them (every field the serialized
/// resource holds, from nothing, in the serializer's order), and its name, written straight from the resource's
/// properties as <see cref="AxlJsonOptions.Strict"/> describes them, without serializing the whole resource first: a
/// bulk import writes tens of thousands of them. Text, numbers and truth values are written as the serializer would
/// write them; any other value (an enumeration, a list) is serialized on its own, and an enumeration's text kept per
/// value. A property with its own converter or number handling is refused when the type is first used (no AXL
/// resource has one). The text is the one <see cref="AuditTrail.Entry"/> writes for a create (tested over every AXL
/// resource a file can hold).
/// </summary>
internal static class CreatedFields<TAxl>
    where TAxl : class
{
    private static readonly JsonPropertyInfo[] Properties = Readable();

    private static readonly ConcurrentDictionary<object, string?> EnumTexts = new();

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The entry's changes (<c>[{"field":…,"old":null,"new":…}]</c>) and the first non-empty of <paramref name="nameFields"/>' values.</summary>
    public static (string Changes, string? Name) Write(TAxl resource, IReadOnlyList<string> nameFields)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = AxlJsonOptions.Strict.Encoder });
        writer.Reset(buffer);
        string? name = null;
        var nameRank = nameFields.Count;
        writer.WriteStartArray();
        foreach (var property in Properties)
        {
            var value = property.Get!(resource);
            if (property.ShouldSerialize is { } should && !should(resource, value) || Text(property, value) is not { } text)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("field", property.Name);
            writer.WriteNull("old");
            writer.WriteString("new", text);
            writer.WriteEndObject();
            for (var rank = 0; rank < nameRank; rank++)
            {
                if (text.Length > 0 && nameFields[rank] == property.Name)
                {
                    (name, nameRank) = (text, rank);
                }
            }
        }

        writer.WriteEndArray();
        writer.Flush();
        return (Encoding.UTF8.GetString(buffer.WrittenSpan), name);
    }

    private static JsonPropertyInfo[] Readable()
    {
        var properties = AxlJsonOptions.Strict.GetTypeInfo(typeof(TAxl)).Properties.Where(p => p.Get is not null && p.Name != "id").ToArray();
        return properties.FirstOrDefault(p => p.CustomConverter is not null || p.NumberHandling is not null) is { } other
            ? throw new NotSupportedException($"{typeof(TAxl).Name}.{other.Name} has its own converter or number handling: only the serializer writes its text.")
            : properties;
    }

    // AuditTrail's text of the serialized value: a string as itself, null or an empty list as nothing, anything else as its JSON.
    private static string? Text(JsonPropertyInfo property, object? value) => value switch
    {
        null => null,
        string text => text,
        bool truth => truth ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        Enum => EnumTexts.GetOrAdd(value, static (v, type) => Serialized(type, v), property.PropertyType),
        _ => Serialized(property.PropertyType, value),
    };

    private static string? Serialized(Type type, object value)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, type, AxlJsonOptions.Strict);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.StartArray when reader.Read() && reader.TokenType == JsonTokenType.EndArray => null,
            _ => Encoding.UTF8.GetString(json),
        };
    }
}
