using AdminPortal.Core.Interchange;

namespace AdminPortal.Core.Bulk;

/// <summary>Reads a numbered group of lines (pattern and partition) into AXL's line pairs, in the file's order.</summary>
public static class BulkLines
{
    public static IReadOnlyList<AxlLine> Read(BulkCells cells, BulkFile file, string group, BulkColumn pattern, BulkColumn partition)
    {
        var numbers = cells.Items(file, group);
        if (numbers.Count == 0)
        {
            return [];
        }

        var lines = new List<AxlLine>(numbers.Count);
        foreach (var n in numbers)
        {
            lines.Add(new AxlLine { Pattern = cells.Required(pattern, n), RoutePartitionName = cells.Text(partition, n) });
        }

        return lines;
    }
}
