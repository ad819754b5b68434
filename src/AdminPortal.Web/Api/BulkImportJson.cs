using AdminPortal.Core.Bulk;

namespace AdminPortal.Web.Api;

/// <summary>
/// An import report as the API answers it:
/// <c>{"mode":…,"rows":N,"accepted":N,"refused":N,"applied":bool,"errors":[{"file","row","column","value","rule","message","guideLine"}],"types":[…],"jobId":…}</c>.
/// </summary>
public sealed record BulkImportJson(
    string Mode, int Rows, int Accepted, int Refused, bool Applied, IReadOnlyList<ImportError> Errors, IReadOnlyList<ImportTypeCount> Types, string JobId)
{
    /// <summary>The <c>mode</c> query values, as the API spells them (case-sensitive, as every enum of the API).</summary>
    public static readonly IReadOnlyDictionary<string, ImportMode> ModeNames = new Dictionary<string, ImportMode>(StringComparer.Ordinal)
    {
        ["dryRun"] = ImportMode.DryRun,
        ["all"] = ImportMode.All,
        ["validRows"] = ImportMode.ValidRows,
    };

    public static IEnumerable<string> Modes => ModeNames.Keys;

    /// <summary>The mode a query value names (none: all); null when it names none.</summary>
    public static ImportMode? ModeOf(string? value) =>
        string.IsNullOrEmpty(value) ? ImportMode.All : ModeNames.TryGetValue(value, out var mode) ? mode : null;

    public static BulkImportJson Of(ImportReport report) => new(
        ModeNames.Single(m => m.Value == report.Mode).Key, report.Rows, report.Accepted, report.Refused, report.Applied, report.Errors, report.Types, report.JobId);
}
