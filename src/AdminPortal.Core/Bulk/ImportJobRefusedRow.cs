namespace AdminPortal.Core.Bulk;

/// <summary>
/// One refused row of a finished import job's report, kept with the job so that the report can be filtered and
/// downloaded after the browser that started it is gone: the file, row and column, the value, the rule id and the
/// message the pages show for it, and the design guide's line.
/// </summary>
public sealed class ImportJobRefusedRow
{
    public long Id { get; set; }

    public string JobId { get; set; } = "";

    /// <summary>The report's order (file, then row).</summary>
    public int Ordinal { get; set; }

    /// <summary>The file (or the archive's entry) the row is in.</summary>
    public string File { get; set; } = "";

    /// <summary>The object type of that file (its export name).</summary>
    public string ObjectType { get; set; } = "";

    /// <summary>Row number in the file, the header being row 1; 0 when the refusal concerns the whole file.</summary>
    public int Row { get; set; }

    public string? Column { get; set; }

    public string? Value { get; set; }

    /// <summary>R1-R12, or null for a field rule or a file-level refusal.</summary>
    public string? Rule { get; set; }

    public string Message { get; set; } = "";

    /// <summary>The design guide's source line of the rule, when it has one.</summary>
    public string? GuideLine { get; set; }
}
