namespace AdminPortal.Web.Components.Shared;

/// <summary>
/// A column of a Find and List table. Without a <see cref="Value"/> the column shows the row's name as a link to its
/// page (the first column of every list); <see cref="SortLabel"/> makes it sortable (the key the page's query sorts
/// by); <see cref="DataLabel"/> names the cell when the table stacks its cells on a narrow screen (default: the title).
/// </summary>
public sealed record ListColumn<TRow>(string Title, Func<TRow, object?>? Value = null, string? SortLabel = null, string? DataLabel = null)
    where TRow : IListRow
{
    public string Label => DataLabel ?? Title;
}
