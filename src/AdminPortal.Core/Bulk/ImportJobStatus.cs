namespace AdminPortal.Core.Bulk;

/// <summary>Where an import job stands, as the job list shows it (Unified CM's Job Scheduler).</summary>
public enum ImportJobStatus
{
    /// <summary>Uploaded, waiting for the job before it on this instance.</summary>
    Queued,

    /// <summary>Rows are being checked against the field rules and R1-R12.</summary>
    Validating,

    /// <summary>Checked rows are being written (never in a dry run).</summary>
    Writing,

    /// <summary>Finished: the report is kept (refused rows included), whether or not anything was written.</summary>
    Done,

    /// <summary>Stopped by a fault (the file could not be read as a whole, the instance stopped): <see cref="ImportJob.Failure"/> says why.</summary>
    Failed,
}
