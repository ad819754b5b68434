namespace AdminPortal.Core.Bulk;

/// <summary>
/// One data row of an import file, typed: its row number (the header is row 1), its ACTION, its key (name;
/// destination for a remote destination; a directory number's pattern with <paramref name="KeyPartition"/>) and the
/// AXL resource it holds, or the cell errors that kept the reader from building one (<paramref name="Resource"/>
/// null). A delete needs only the key. <see cref="ImportFile.Create"/> makes them from the reader's <see cref="BulkRow"/>s.
/// </summary>
public sealed record ImportRow<TAxl>(int Row, BulkAction Action, string Key, TAxl? Resource, IReadOnlyList<ImportError> CellErrors, string? KeyPartition = null)
    where TAxl : class;
