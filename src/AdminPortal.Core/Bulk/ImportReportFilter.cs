namespace AdminPortal.Core.Bulk;

/// <summary>
/// Which refused rows of a report to show: one object type, one rule id (<see cref="FieldRules"/> for the rows a
/// field rule refused), and text found in the file name, column, value or message (case-insensitive). Empty: all.
/// </summary>
public sealed record ImportReportFilter(string? ObjectType = null, string? Rule = null, string? Text = null)
{
    /// <summary>The rule filter's value for refusals without a rule id (field rules, file-level problems).</summary>
    public const string FieldRules = "field";

    public const string ObjectTypeKey = "type";

    public const string RuleKey = "rule";

    public const string TextKey = "text";

    public string ToQuery()
    {
        var parts = new List<string>();
        Add(ObjectTypeKey, ObjectType);
        Add(RuleKey, Rule);
        Add(TextKey, Text);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }
    }
}
