namespace AdminPortal.Core.Bulk;

/// <summary>How far a running import is: its step (validating or writing) and the rows handled in that step, of how many.</summary>
public sealed record ImportJobProgress(ImportJobStatus Step, int RowsProcessed, int? RowsTotal);
