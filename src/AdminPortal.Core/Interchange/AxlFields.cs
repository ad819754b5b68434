namespace AdminPortal.Core.Interchange;

/// <summary>Turns a validator's property path into the resource's JSON field, keeping an item's index ("Lines[1].DirectoryNumberId" is "lines[1]").</summary>
public static class AxlFields
{
    public static string Map(string propertyPath, IReadOnlyDictionary<string, string> fields)
    {
        if (propertyPath.Length == 0)
        {
            return "";
        }

        var end = propertyPath.IndexOfAny(['.', '[']);
        var root = end < 0 ? propertyPath : propertyPath[..end];
        if (!fields.TryGetValue(root, out var field))
        {
            return char.ToLowerInvariant(root[0]) + root[1..];
        }

        if (end >= 0 && propertyPath[end] == '[')
        {
            var close = propertyPath.IndexOf(']', end);
            return close < 0 ? field : field + propertyPath[end..(close + 1)];
        }

        return field;
    }
}
