namespace AdminPortal.Core.Bulk;

/// <summary>How far an import is: rows checked (and, once writing, rows written) so far, and the file at hand.</summary>
public sealed record ImportProgress(string File, int RowsChecked, int RowsWritten);
