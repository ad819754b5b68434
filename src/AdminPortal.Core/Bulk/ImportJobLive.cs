namespace AdminPortal.Core.Bulk;

/// <summary>A running job's progress as its run last saw it: the step, the rows checked and written, rows checked per second.</summary>
public sealed record ImportJobLive(ImportJobStatus Status, int RowsChecked, int RowsWritten, double RowsPerSecond);
