using AdminPortal.Core.Rules;

namespace AdminPortal.Web.Api;

/// <summary>A recommendation (W-rule) as the API reports it after a write, or a hard rule's finding in the design review.</summary>
public sealed record FindingJson(string Rule, FindingSeverity Severity, string Message, string Advice, string Source, IReadOnlyList<FindingObjectJson> Objects)
{
    public static FindingJson Of(Finding finding) => new(finding.Rule.Id, finding.Severity, finding.Message, finding.Advice, finding.Source,
        [.. finding.Objects.Select(o => new FindingObjectJson(o.Label, o.Name))]);
}
