using AdminPortal.Core.Data;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The CSV file of one object type: its columns in order, how a row becomes the object the HTTP API reads and writes
/// (an <c>Axl…</c> record, so that an import goes through the same rules) and how that object becomes a row.
/// </summary>
public abstract class BulkFile
{
    /// <summary>The type's name in messages ("Remote Destination").</summary>
    public abstract string Label { get; }

    /// <summary>Every column, in the order an export writes them; a numbered group's columns are consecutive.</summary>
    public abstract IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>The column that holds the row's key (name, destination, user id, pattern).</summary>
    public abstract BulkColumn KeyColumn { get; }

    /// <summary>The <c>Axl…</c> type a row reads into.</summary>
    public abstract Type ResourceType { get; }

    /// <summary>Columns a file of this type must not have, each with the reason (an end user's PIN).</summary>
    public virtual IReadOnlyDictionary<string, string> RefusedColumns { get; } = new Dictionary<string, string>();

    /// <summary>The header row of an export with <paramref name="groupCounts"/> items per numbered group.</summary>
    public IReadOnlyList<string> Headers(IReadOnlyDictionary<string, int> groupCounts)
    {
        var headers = new List<string>();
        for (var i = 0; i < Columns.Count; i++)
        {
            var column = Columns[i];
            if (!column.Exported)
            {
                continue;
            }

            if (column.Group is null)
            {
                headers.Add(column.Header);
                continue;
            }

            var members = Columns.Skip(i).TakeWhile(c => c.Group == column.Group).Where(c => c.Exported).ToList();
            var count = groupCounts.TryGetValue(column.Group, out var n) ? n : 0;
            for (var number = 1; number <= count; number++)
            {
                headers.AddRange(members.Select(m => m.HeaderFor(number)));
            }

            i += Columns.Skip(i).TakeWhile(c => c.Group == column.Group).Count() - 1;
        }

        return headers;
    }

    /// <summary>The columns for a message: numbered groups as "DAY OF WEEK n".</summary>
    public IEnumerable<string> Describe() => Columns.Select(c => c.Group is null ? c.Header : c.HeaderFor(0)[..^1] + "n").Distinct();

    /// <summary>How many items each numbered group needs in an export of the stored objects: the most any object has, at least the group's minimum.</summary>
    public abstract Task<IReadOnlyDictionary<string, int>> GroupCountsAsync(PortalDbContext db, CancellationToken cancellation);

    /// <summary>The stored objects as rows, in the file's order (by key), streamed from <paramref name="db"/>.</summary>
    public abstract IAsyncEnumerable<object> StoredAsync(PortalDbContext db, CancellationToken cancellation);

    /// <summary>Writes the cells of one object (of <see cref="ResourceType"/>) to <paramref name="line"/>.</summary>
    public abstract void Write(object resource, BulkLine line);

    /// <summary>Reads the object a row holds; what cannot be read goes to <see cref="BulkCells.Problems"/>.</summary>
    public abstract object Read(BulkCells cells);

    /// <summary>The row's key, read even when other cells are wrong (a delete reads nothing else).</summary>
    public virtual (string Key, string? Partition) KeyOf(BulkCells cells) => (cells.Text(KeyColumn) ?? "", null);
}
