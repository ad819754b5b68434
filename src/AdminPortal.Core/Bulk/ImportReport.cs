namespace AdminPortal.Core.Bulk;

/// <summary>
/// The outcome of an import: the mode, the data rows read, how many were accepted and refused, whether anything was
/// written, every refused row's errors and each file's counts. The HTTP API answers it as
/// <c>{"mode":…,"rows":N,"accepted":N,"refused":N,"applied":bool,"errors":[…]}</c>.
/// </summary>
public sealed record ImportReport(
    ImportMode Mode,
    int Rows,
    int Accepted,
    int Refused,
    bool Applied,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<ImportTypeCount> Types)
{
    /// <summary>The job the audit entries of an applied import carry.</summary>
    public string JobId { get; init; } = "";
}
