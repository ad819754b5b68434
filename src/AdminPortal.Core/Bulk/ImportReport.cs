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

    /// <summary>
    /// Why a file (or the archive) could not be read at all (not UTF-8, binary, a header that does not fit, a
    /// quote never closed): then nothing is written, and the HTTP API answers 400 with these messages.
    /// </summary>
    public IReadOnlyList<ImportError> FileProblems { get; init; } = [];
}
