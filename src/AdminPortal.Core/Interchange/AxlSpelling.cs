using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// Unified CM's own spelling of every enumeration value the portal stores (AXL's enumerations, which the admin pages
/// and BAT files print the same way). Each enum member declares its spelling once, with
/// <see cref="JsonStringEnumMemberNameAttribute"/>, so the HTTP API's JSON and its OpenAPI document use it as they are;
/// the pages show it and the CSV files read and write it through here.
/// </summary>
public static class AxlSpelling
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(Enum Value, string Text)>> Tables = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        TableOf(typeof(TEnum)).First(e => e.Value.Equals(value)).Text;

    /// <summary>A check box's value as Unified CM's service parameter pages print it.</summary>
    public static string Of(bool value) => value ? "True" : "False";

    /// <summary>Every spelling of <typeparamref name="TEnum"/>, in Unified CM's order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => [.. TableOf(typeof(TEnum)).Select(e => e.Text)];

    /// <summary>Reads a spelling, ignoring case (as BAT does); false for anything else, numbers and C# names included.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (candidate, spelling) in TableOf(typeof(TEnum)))
        {
            if (string.Equals(spelling, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = (TEnum)candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static IReadOnlyList<(Enum Value, string Text)> TableOf(Type type) => Tables.GetOrAdd(type, static type =>
        [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field =>
            ((Enum)field.GetValue(null)!,
             field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{type.Name}.{field.Name} has no Unified CM spelling.")))]);
}
