using System.Globalization;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// A file's header row matched against its type's columns: which cell holds which column (and which number of a
/// group), where the optional <c>ACTION</c> column is, or why the header is refused. Headers are compared ignoring
/// case and runs of spaces (BAT writes <c>DIRECTORY NUMBER  1</c> with two).
/// </summary>
public sealed class BulkHeader
{
    /// <summary>The optional column that says what each row asks for.</summary>
    public const string ActionColumn = "ACTION";

    private readonly Dictionary<(string Header, int Number), int> _cells = [];
    private readonly Dictionary<string, SortedSet<int>> _groupNumbers = [];

    private BulkHeader(IReadOnlyList<string> cells)
    {
        Cells = cells;
    }

    /// <summary>The header cells as the file spells them.</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>The index of the ACTION cell; -1 when the file has none.</summary>
    public int ActionIndex { get; private set; } = -1;

    public List<string> Problems { get; } = [];

    /// <summary>Matches the header cells to the columns of <paramref name="file"/>; see <see cref="Problems"/>.</summary>
    public static BulkHeader Match(IReadOnlyList<string> cells, BulkFile file)
    {
        var header = new BulkHeader(cells);
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var name = BulkColumn.Normalise(cells[i]);
            if (name.Length == 0)
            {
                header.Problems.Add($"Column {i + 1} has no header: every column of the first row needs one.");
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                header.Problems.Add($"The header {cells[i].Trim()} appears twice (columns {first + 1} and {i + 1}): keep one.");
                continue;
            }

            seen[name] = i;
            if (name == ActionColumn)
            {
                header.ActionIndex = i;
            }
            else if (Find(file, name) is (BulkColumn column, int number))
            {
                header._cells[Key(column, number)] = i;
                if (column.Group is not null)
                {
                    header.NumbersOf(column.Group).Add(number);
                }
            }
            else if (file.RefusedColumns.TryGetValue(name, out var reason))
            {
                header.Problems.Add($"{cells[i].Trim()}: {reason}");
            }
            else
            {
                header.Problems.Add($"{cells[i].Trim()} is not a column of the {file.Label} file. Its columns are: {string.Join(", ", file.Describe())}.");
            }
        }

        foreach (var missing in file.Columns.Where(c => c.Required && !header._cells.ContainsKey(Key(c, 0))))
        {
            header.Problems.Add($"The column {missing.Header} is missing: the {file.Label} file needs it.");
        }

        return header;
    }

    /// <summary>The index of a column's cell (<paramref name="number"/> within its group), or -1 when the file has no such column.</summary>
    public int IndexOf(BulkColumn column, int number = 0) => _cells.TryGetValue(Key(column, number), out var index) ? index : -1;

    /// <summary>The numbers the file's header has for a group (1..7 of the ring schedule), ascending.</summary>
    public IReadOnlyCollection<int> Numbers(string group) => _groupNumbers.TryGetValue(group, out var numbers) ? numbers : Array.Empty<int>();

    private SortedSet<int> NumbersOf(string group) =>
        _groupNumbers.TryGetValue(group, out var numbers) ? numbers : _groupNumbers[group] = [];

    private static (string Header, int Number) Key(BulkColumn column, int number) => (column.Header, column.Group is null ? 0 : number);

    private static (BulkColumn, int)? Find(BulkFile file, string name)
    {
        foreach (var column in file.Columns)
        {
            var header = BulkColumn.Normalise(column.Header);
            if (column.Group is null)
            {
                if (header == name)
                {
                    return (column, 0);
                }

                continue;
            }

            if (name.Length > header.Length + 1 && name.StartsWith(header + " ", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(header.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number >= 1 && number <= (column.MaxCount ?? BulkLimits.MaxColumns))
            {
                return (column, number);
            }
        }

        return null;
    }
}
