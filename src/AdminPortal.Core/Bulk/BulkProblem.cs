namespace AdminPortal.Core.Bulk;

/// <summary>
/// Why a row, a cell or a whole file is refused: the file's name, the row as a spreadsheet numbers it (the header is
/// row 1; 0 for the file as a whole), the column's header and the cell's value when there is one, the design rule's
/// id when a rule refused it, and a message that says how to fix the file.
/// </summary>
public sealed record BulkProblem(string File, int Row, string? Column, string? Value, string Message, string? Rule = null);
