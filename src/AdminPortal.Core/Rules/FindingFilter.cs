using System.Globalization;
using System.Text;

namespace AdminPortal.Core.Rules;

/// <summary>The design review's filters: severity, rule and object type, each optional.</summary>
public sealed record FindingFilter(FindingSeverity? Severity = null, string? RuleId = null, string? ObjectType = null)
{
    public IEnumerable<Finding> Apply(IEnumerable<Finding> findings) => findings.Where(f =>
        (Severity is null || f.Severity == Severity)
        && (string.IsNullOrEmpty(RuleId) || f.Rule.Id == RuleId)
        && (string.IsNullOrEmpty(ObjectType) || f.Objects.Any(o => o.Label == ObjectType)));

    /// <summary>The filters as a query string for the CSV address, e.g. "?severity=Warning&amp;rule=W5".</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        if (Severity is not null)
        {
            parts.Add($"severity={Severity}");
        }

        if (!string.IsNullOrEmpty(RuleId))
        {
            parts.Add($"rule={Uri.EscapeDataString(RuleId)}");
        }

        if (!string.IsNullOrEmpty(ObjectType))
        {
            parts.Add($"type={Uri.EscapeDataString(ObjectType)}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public static FindingFilter Parse(string? severity, string? rule, string? type) => new(
        Enum.TryParse<FindingSeverity>(severity, ignoreCase: true, out var parsed) ? parsed : null,
        DesignRules.Find(rule)?.Id,
        string.IsNullOrWhiteSpace(type) ? null : type);
}

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
