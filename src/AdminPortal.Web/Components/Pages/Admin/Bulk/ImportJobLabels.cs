using System.Globalization;
using AdminPortal.Core.Bulk;

namespace AdminPortal.Web.Components.Pages.Admin.Bulk;

/// <summary>How the Bulk Administration pages name a job's type, mode and outcome.</summary>
public static class ImportJobLabels
{
    public const string Archive = "Every type (zip archive)";

    /// <summary>The label of a job's type: its object type's name, or <see cref="Archive"/>.</summary>
    public static string TypeOf(string objectType) => objectType.Length == 0 ? Archive : BulkObjectTypes.Find(objectType)?.Label ?? objectType;

    public static string ModeOf(ImportMode mode) => mode switch
    {
        ImportMode.DryRun => "Dry run (check only, write nothing)",
        ImportMode.ValidRows => "Apply valid rows (skip refused rows)",
        _ => "Apply all or nothing",
    };

    public static string OutcomeOf(ImportJob job) => job switch
    {
        { Mode: ImportMode.DryRun } => Say($"Dry run: {job.RowsChecked:N0} rows checked, {job.Accepted:N0} would be accepted, {job.Refused:N0} refused. Nothing was written."),
        { Applied: true, Refused: 0 } => Say($"All {job.Accepted:N0} rows were written."),
        { Applied: true } => Say($"{job.Accepted:N0} rows were written; {job.Refused:N0} refused rows were skipped."),
        { Refused: > 0 } => Say($"{job.Refused:N0} rows refused: nothing was written (all or nothing). Fix the rows below and import the file again."),
        _ => "The file holds no rows: nothing was written.",
    };

    public static string RowsOf(ImportJob job) => job.Status switch
    {
        ImportJobStatus.Queued => "Waiting for the job before it",
        ImportJobStatus.Failed => job.Failure ?? "Failed",
        ImportJobStatus.Done => Say($"{job.RowsChecked:N0} rows at {job.RowsPerSecond:N0} rows/s"),
        _ => Say($"{job.RowsChecked:N0}{(job.RowsTotal is { } total ? Say($" of {total:N0}") : "")} rows checked, {job.RowsWritten:N0} written, {job.RowsPerSecond:N0} rows/s"),
    };

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
