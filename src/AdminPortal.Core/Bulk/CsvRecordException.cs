namespace AdminPortal.Core.Bulk;

/// <summary>A record of a CSV text that cannot be read: its row, the index of the cell (0-based) and why.</summary>
public sealed class CsvRecordException(int row, int cell, string message) : Exception(message)
{
    public int Row { get; } = row;

    public int Cell { get; } = cell;
}
