using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// A write-only value (a PIN): never read back; a write that leaves it out keeps the stored value, null clears it,
/// text sets it. Its JSON is a string or null, and it is never written out.
/// </summary>
[JsonConverter(typeof(AxlSecretConverter))]
public readonly record struct AxlSecret(bool IsSet, string? Value)
{
    public static AxlSecret Unchanged => default;

    public bool IsUnchanged => !IsSet;

    public static AxlSecret Of(string? value) => new(true, value);

    public override string ToString() => IsSet ? "(set)" : "(unchanged)";
}

/// <summary>Reads an <see cref="AxlSecret"/> from a string or null; writes nothing readable (the property is never serialized).</summary>
public sealed class AxlSecretConverter : JsonConverter<AxlSecret>
{
    public override bool HandleNull => true;

    public override AxlSecret Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => AxlSecret.Of(null),
        JsonTokenType.String => AxlSecret.Of(reader.GetString()),
        _ => throw new JsonException("A write-only value is a string or null."),
    };

    public override void Write(Utf8JsonWriter writer, AxlSecret value, JsonSerializerOptions options) => writer.WriteNullValue();
}
