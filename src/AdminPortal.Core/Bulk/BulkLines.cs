using AdminPortal.Core.Interchange;

namespace AdminPortal.Core.Bulk;

/// <summary>Reads a numbered group of lines (pattern and partition) into AXL's line pairs, in the file's order.</summary>
public static class BulkLines
{
    public static List<AxlLine> Read(BulkCells cells, BulkFile file, string group, BulkColumn pattern, BulkColumn partition) =>
        [.. cells.Items(file, group).Select(n => new AxlLine { Pattern = cells.Required(pattern, n), RoutePartitionName = cells.Text(partition, n) })];
}
