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
