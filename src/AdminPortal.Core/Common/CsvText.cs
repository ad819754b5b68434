namespace AdminPortal.Core.Common;

/// <summary>One CSV field (RFC 4180) as the portal's exports write it.</summary>
public static class CsvText
{
    /// <summary>
    /// Quotes the field when it needs it; a leading = + - @ is prefixed with ' so that a spreadsheet does not run the
    /// value as a formula.
    /// </summary>
    public static string Field(string? value)
    {
        value ??= "";
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
