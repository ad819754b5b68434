namespace AdminPortal.Core.Bulk;

/// <summary>
/// One bulk import run in the background (decision 017): what was uploaded, by whom, in which mode, how far it got
/// and, once finished, its report (the counts here, each refused row in <see cref="ImportJobRefusedRow"/>). The row
/// outlives the browser that started it; its <see cref="Id"/> is the job id every audit entry of the import carries.
/// </summary>
public sealed class ImportJob
{
    /// <summary>32 hex digits, made when the file is queued.</summary>
    public string Id { get; set; } = "";

    /// <summary>The uploaded file's name, as the browser gave it.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The object type the file holds (its export name), or empty for an archive of every type.</summary>
    public string ObjectType { get; set; } = "";

    public ImportMode Mode { get; set; }

    public ImportJobStatus Status { get; set; }

    /// <summary>The portal account that started it; the import's audit entries name it.</summary>
    public string Account { get; set; } = "";

    public DateTime QueuedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>Last sign of life from the instance running it; a job silent for too long has lost its instance.</summary>
    public DateTime HeartbeatAt { get; set; }

    /// <summary>Data rows in the file(s), counted before the run (an estimate: a quoted line break counts as a row).</summary>
    public int? RowsTotal { get; set; }

    /// <summary>Rows checked so far (all of them, once finished).</summary>
    public int RowsChecked { get; set; }

    /// <summary>Rows written so far (in a dry run, written and then rolled back).</summary>
    public int RowsWritten { get; set; }

    /// <summary>Rows checked per second since the job started.</summary>
    public double RowsPerSecond { get; set; }

    public int Accepted { get; set; }

    public int Refused { get; set; }

    /// <summary>True when the import wrote its accepted rows (never for a dry run, nor for all-or-nothing with a refused row).</summary>
    public bool Applied { get; set; }

    /// <summary>The report's figures per file (<see cref="ImportTypeCount"/>) as JSON: a few lines, read with the job.</summary>
    public string Counts { get; set; } = "[]";

    /// <summary>Why a <see cref="ImportJobStatus.Failed"/> job stopped.</summary>
    public string? Failure { get; set; }

    public bool IsFinished => Status is ImportJobStatus.Done or ImportJobStatus.Failed;
}
