namespace AdminPortal.Core.Bulk;

/// <summary>
/// One data row of a bulk file as read: its number, its <see cref="BulkAction"/>, its key and the object as the HTTP
/// API reads and writes it (an <c>Axl…</c> record of <see cref="BulkObjectType.ResourceType"/>), or the problems
/// that kept it from being read. A row whose <see cref="EndsFile"/> is true reports a problem of the whole file
/// (not UTF-8, too large, a quote never closed): nothing follows it, and the file must be refused as a whole.
/// </summary>
public sealed record BulkRow
{
    /// <summary>The type the file holds; null for a problem of an archive as a whole (not a zip, an unknown file in it).</summary>
    public required BulkObjectType? Type { get; init; }

    /// <summary>The file's name ("remote-destinations.csv"), as the report names it.</summary>
    public required string File { get; init; }

    /// <summary>The row as a spreadsheet numbers it: the header is row 1, the first data row 2.</summary>
    public required int Row { get; init; }

    public BulkAction Action { get; init; }

    /// <summary>
    /// The key the row names (name; destination; user id; pattern, with <see cref="KeyPartition"/>) even when other
    /// cells are wrong: a delete reads only this.
    /// </summary>
    public string Key { get; init; } = "";

    /// <summary>A directory number's route partition (the second half of its key); null elsewhere.</summary>
    public string? KeyPartition { get; init; }

    /// <summary>The <c>Axl…</c> record read from the row; null when the row has problems or is a delete.</summary>
    public object? Resource { get; init; }

    public IReadOnlyList<BulkProblem> Problems { get; init; } = [];

    /// <summary>True for the last item of a file the reader refuses as a whole (see the type's remarks).</summary>
    public bool EndsFile { get; init; }

    public bool IsRead => Problems.Count == 0;

    /// <summary>The row's object as its <c>Axl…</c> type.</summary>
    public TAxl ResourceAs<TAxl>()
        where TAxl : class =>
        Resource as TAxl ?? throw new InvalidOperationException($"Row {Row} of {File} holds no {typeof(TAxl).Name}.");
}
