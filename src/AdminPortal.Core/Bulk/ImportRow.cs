namespace AdminPortal.Core.Bulk;

/// <summary>
/// One data row of an import file as the reader parsed it: its row number (the header is row 1), its ACTION, its
/// key (name; destination for a remote destination) and the AXL resource it holds, or the cell errors that kept the
/// reader from building one (<paramref name="Resource"/> null). A delete needs only the key.
/// </summary>
public sealed record ImportRow<TAxl>(int Row, ImportAction Action, string Key, TAxl? Resource, IReadOnlyList<ImportError> CellErrors)
    where TAxl : class;
