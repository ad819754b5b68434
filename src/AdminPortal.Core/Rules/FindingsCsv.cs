using System.Globalization;
using System.Text;

namespace AdminPortal.Core.Rules;

/// <summary>Findings as CSV (RFC 4180): one row per finding, the objects as "Type: Name" joined by "; ".</summary>
public static class FindingsCsv
{
    public static string Write(IEnumerable<Finding> findings)
    {
        var csv = new StringBuilder();
        csv.Append("Severity,Rule,Objects,Message,Advice,Source\r\n");
        foreach (var f in findings)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{f.Severity},{f.Rule.Id},{Field(string.Join("; ", f.Objects.Select(o => $"{o.Label}: {o.Name}")))},{Field(f.Message)},{Field(f.Advice)},{Field(f.Source)}\r\n");
        }

        return csv.ToString();
    }

    // Quotes every field that needs it; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
