using System.Globalization;
using System.Text;
using AdminPortal.Core.Common;

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

    private static string Field(string value) => CsvText.Field(value);
}
