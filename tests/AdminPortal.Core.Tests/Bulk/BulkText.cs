using System.Text;
using AdminPortal.Core.Bulk;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>Reads a CSV text or byte array of one type with <see cref="BulkReader"/>, every row in a list.</summary>
public static class BulkText
{
    public static Task<List<BulkRow>> ReadAsync(string slug, string csv) => ReadAsync(slug, Encoding.UTF8.GetBytes(csv));

    public static Task<List<BulkRow>> ReadAsync(string slug, byte[] bytes) => ReadAsync(slug, new MemoryStream(bytes));

    public static async Task<List<BulkRow>> ReadAsync(string slug, Stream stream)
    {
        var rows = new List<BulkRow>();
        await foreach (var row in BulkReader.ReadAsync(stream, BulkObjectTypes.Find(slug)!))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The only problem of a file refused as a whole.</summary>
    public static BulkProblem FileProblem(List<BulkRow> rows)
    {
        var last = Assert.Single(rows, r => r.EndsFile);
        Assert.Same(last, rows[^1]);
        return Assert.Single(last.Problems);
    }
}
