using System.Collections.Concurrent;
using System.Text;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace AdminPortal.Web.Components.Shared;

public sealed partial class FindAndList<TRow> where TRow : IListRow
{
    private const string CheckboxClass = "mud-button-root mud-icon-button mud-default-text hover:mud-default-hover mud-ripple mud-ripple-checkbox";
    private static readonly int[] PageSizes = [10, 25, 50, 100];

    // The search fields' options, one list per set of fields (one per list page) for the process.
    private static readonly ConcurrentDictionary<string, OptionList> FieldOptions = new(StringComparer.Ordinal);
    private static readonly OptionList ConditionOptions = new(Enum.GetValues<MatchCondition>().Select(c => (c.ToString(), ConditionText(c))));

    [Parameter, EditorRequired] public required string Plural { get; set; }

    /// <summary>The Find and List address; Add New and Copy open ListUrl/new, a row's name opens ListUrl/id.</summary>
    [Parameter, EditorRequired] public required string ListUrl { get; set; }

    [Parameter] public IReadOnlyList<BreadcrumbItem> Crumbs { get; set; } = [];

    /// <summary>Text columns the search can look in; the first is the default.</summary>
    [Parameter] public IReadOnlyList<string> SearchFields { get; set; } = ["Name"];

    /// <summary>The table's columns; the results are sorted by the first sortable one, ascending, until a header is clicked.</summary>
    [Parameter, EditorRequired] public required IReadOnlyList<ListColumn<TRow>> Columns { get; set; }

    [Parameter, EditorRequired] public required Func<FindCriteria, CancellationToken, Task<FindPage<TRow>>> Load { get; set; }

    [Parameter, EditorRequired] public required Func<IReadOnlyCollection<int>, Task<DeleteResult>> Delete { get; set; }

    private readonly HashSet<TRow> _selected = new(RowComparer.Instance);
    private IReadOnlyList<TRow> _rows = [];
    private MarkupString[] _cells = [];
    private IReadOnlyList<DependencyRecord> _dependents = [];
    private CancellationTokenSource? _loadCancellation;
    private bool _loading = true;
    private string _field = "";
    private OptionList _fieldOptions = default!;
    private MatchCondition _condition = MatchCondition.BeginsWith;
    private string? _text;
    private string? _status;
    private string? _sortLabel;
    private bool _descending;
    private int _page;
    private int _pageSize = 25;
    private int _total;

    private int LastPage => TablePager.LastPageOf(_total, _pageSize);

    private bool PageSelected => _rows.Count > 0 && _rows.All(_selected.Contains);

    protected override void OnInitialized()
    {
        _field = SearchFields[0];
        _fieldOptions = FieldOptions.GetOrAdd(string.Join('\n', SearchFields), _ => new OptionList(SearchFields.Select(f => (f, f))));
        _sortLabel = Columns.FirstOrDefault(c => c.SortLabel is not null)?.SortLabel;
    }

    // After the first render, as MudTable did: the prerendered page is sent at once and the circuit queries once.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await LoadAsync();
            StateHasChanged();
        }
    }

    // The row's cells after its check box: the name linked to its page, the columns' values, the Copy link; the markup
    // MudTd, MudLink and MudIconButton rendered.
    private MarkupString RowCells(TRow row)
    {
        var html = new StringBuilder();
        foreach (var column in Columns)
        {
            html.Append("<td data-label=\"").Append(MarkupText.Encode(column.Label)).Append("\" class=\"mud-table-cell\">");
            if (column.Value is null)
            {
                html.AppendLink(PortalUrls.Edit(ListUrl, row.Id), "mud-typography mud-link mud-primary-text mud-link-underline-hover", row.Name);
            }
            else
            {
                html.Append(MarkupText.Encode(column.Value(row)?.ToString()));
            }

            html.Append("</td>");
        }

        html.Append("<td data-label=\"Copy\" class=\"mud-table-cell\">")
            .Append("<a href=\"").Append(MarkupText.Encode(PortalUrls.Copy(ListUrl, row.Id)))
            .Append("\" class=\"mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-small\" aria-label=\"")
            .Append(MarkupText.Encode($"Copy {row.Name}")).Append("\" data-test=\"copy\"><span class=\"mud-icon-button-label\">")
            .Append(IconMarkup.Of(Icons.Material.Filled.ContentCopy, size: "small").Value).Append("</span></a></td>");
        return new MarkupString(html.ToString());
    }

    private static string ConditionText(MatchCondition condition) => condition switch
    {
        MatchCondition.BeginsWith => "begins with",
        MatchCondition.Contains => "contains",
        MatchCondition.EndsWith => "ends with",
        _ => "is exactly",
    };

    /// <summary>Reads the current page; a newer read cancels an older one still running.</summary>
    private async Task LoadAsync()
    {
        if (_loadCancellation is { } previous)
        {
            await previous.CancelAsync();
        }

        using var cancellation = new CancellationTokenSource();
        _loadCancellation = cancellation;
        _loading = true;
        try
        {
            var page = await Load(new FindCriteria(_field, _condition, _text, _sortLabel, _descending, _page, _pageSize), cancellation.Token);
            if (page.Rows.Count == 0 && page.TotalCount > 0 && _page > 0)
            {
                // The page is past the end (rows were deleted): show the last one.
                _page = (page.TotalCount - 1) / _pageSize;
                page = await Load(new FindCriteria(_field, _condition, _text, _sortLabel, _descending, _page, _pageSize), cancellation.Token);
            }

            _rows = page.Rows;
            _cells = [.. _rows.Select(RowCells)];
            _total = page.TotalCount;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // A newer read replaced this one.
        }
        finally
        {
            if (ReferenceEquals(_loadCancellation, cancellation))
            {
                _loadCancellation = null;
                _loading = false;
            }
        }
    }

    private Task FindAsync()
    {
        _status = null;
        _page = 0;
        return LoadAsync();
    }

    private async Task OnSearchKey(KeyboardEventArgs args)
    {
        if (args.Key == "Enter")
        {
            await FindAsync();
        }
    }

    private Task GoToAsync(int page)
    {
        _page = Math.Clamp(page, 0, LastPage);
        return LoadAsync();
    }

    private Task PageSizeAsync(int size)
    {
        _pageSize = size;
        _page = 0;
        return LoadAsync();
    }

    private Task SortAsync(ListColumn<TRow> column)
    {
        _descending = column.SortLabel == _sortLabel && !_descending;
        _sortLabel = column.SortLabel;
        _page = 0;
        return LoadAsync();
    }

    private Task SortOnKeyAsync(ListColumn<TRow> column, KeyboardEventArgs args) =>
        args.Key is "Enter" or " " ? SortAsync(column) : Task.CompletedTask;

    private string? AriaSort(ListColumn<TRow> column) =>
        column.SortLabel is null || column.SortLabel != _sortLabel ? null : _descending ? "descending" : "ascending";

    private string SortIconClass(ListColumn<TRow> column) =>
        column.SortLabel != _sortLabel ? "mud-table-sort-label-icon mud-direction-none"
        : _descending ? "mud-table-sort-label-icon mud-direction-desc" : "mud-table-sort-label-icon mud-direction-asc";

    private void Select(TRow row, bool on)
    {
        if (on)
        {
            _selected.Add(row);
        }
        else
        {
            _selected.Remove(row);
        }
    }

    private void SelectPage(bool on)
    {
        foreach (var row in _rows)
        {
            Select(row, on);
        }
    }

    private async Task DeleteSelectedAsync()
    {
        var names = string.Join(", ", _selected.Select(r => r.Name).Order().Take(10));
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete Selected",
            $"You are about to permanently delete {_selected.Count} {Plural.ToLowerInvariant()}: {names}. This action cannot be undone.",
            yesText: "OK", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var result = await Delete(_selected.Select(r => r.Id).ToList());
        _dependents = result.Dependents;
        if (result.Succeeded)
        {
            _status = $"{result.Deleted} deleted.";
            _selected.Clear();
        }
        else if (result.Refusal is not null)
        {
            _status = result.Refusal;
        }

        await LoadAsync();
    }

    public void Dispose() => _loadCancellation?.Cancel();

    private sealed class RowComparer : IEqualityComparer<TRow>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(TRow? x, TRow? y) => x?.Id == y?.Id;

        public int GetHashCode(TRow obj) => obj.Id;
    }
}
