namespace AdminPortal.Core.Bulk;

/// <summary>
/// Why one row (or a cell of it) was refused: the file, the row number as a spreadsheet shows it (the header is
/// row 1), the column and its value, the design rule's id (none for a field rule) and the message the pages show,
/// with the design guide's line of that rule.
/// </summary>
public sealed record ImportError(string File, int Row, string Column, string? Value, string? Rule, string Message, string? GuideLine = null);
