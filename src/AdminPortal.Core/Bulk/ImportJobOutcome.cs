namespace AdminPortal.Core.Bulk;

/// <summary>A finished import's report as the job keeps it: whether it wrote, the counts per type and every refused row (in the report's order).</summary>
public sealed record ImportJobOutcome(bool Applied, IReadOnlyList<ImportJobTypeCount> Counts, IReadOnlyList<ImportJobRefusedRow> RefusedRows)
{
    public int Rows => Counts.Sum(c => c.Rows);

    public int Accepted => Counts.Sum(c => c.Accepted);

    public int Refused => Counts.Sum(c => c.Refused);
}
