using System.Globalization;
using AdminPortal.Core.Common;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The cells of one data row, read by column: text (a formula guard's <c>'</c> taken off), booleans <c>t</c>/<c>f</c>,
/// whole numbers and Unified CM's spellings of each enumeration. An empty cell, or a column the file does not have,
/// is the AXL default. What cannot be read is kept in <see cref="Problems"/> with its column and value.
/// </summary>
public sealed class BulkCells(BulkHeader header, IReadOnlyList<string> cells, string file, int row)
{
    private List<BulkProblem>? _problems;

    /// <summary>What could not be read (none for most rows: the list is made for the first problem).</summary>
    public IReadOnlyList<BulkProblem> Problems => _problems ?? [];

    /// <summary>The numbers of a group's items that have at least one cell filled in, ascending (a row at a time: no query objects).</summary>
    public IReadOnlyList<int> Items(BulkFile layout, string group)
    {
        List<int>? items = null;
        foreach (var number in header.Numbers(group))
        {
            foreach (var column in layout.Columns)
            {
                if (column.Group == group && Cell(column, number).Length > 0)
                {
                    (items ??= []).Add(number);
                    break;
                }
            }
        }

        return items ?? [];
    }

    /// <summary>The cell's text, trimmed; null when empty or absent.</summary>
    public string? Text(BulkColumn column, int number = 0)
    {
        var text = Cell(column, number);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A required text: an empty cell is a problem (the object's own rules then refuse the empty value too).</summary>
    public string Required(BulkColumn column, int number = 0)
    {
        var text = Cell(column, number);
        if (text.Length == 0)
        {
            Refuse(column, number, text, $"{column.HeaderFor(number)} is required.");
        }

        return text;
    }

    public bool Bool(BulkColumn column, bool empty, int number = 0)
    {
        var text = Cell(column, number);
        switch (text.ToLowerInvariant())
        {
            case "":
                return empty;
            case "t" or "true":
                return true;
            case "f" or "false":
                return false;
            default:
                Refuse(column, number, text, $"'{text}' is not a boolean: write t or f.");
                return empty;
        }
    }

    public int Number(BulkColumn column, int empty, int number = 0) => NumberOrNull(column, number) ?? empty;

    public int? NumberOrNull(BulkColumn column, int number = 0)
    {
        var text = Cell(column, number);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Refuse(column, number, text, $"'{text}' is not a whole number.");
        return null;
    }

    public TEnum Enum<TEnum>(BulkColumn column, TEnum empty, int number = 0)
        where TEnum : struct, Enum
    {
        var text = Cell(column, number);
        if (text.Length == 0)
        {
            return empty;
        }

        if (AxlSpelling.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Refuse(column, number, text, $"'{text}' is not one of: {string.Join(", ", AxlSpelling.All<TEnum>())}.");
        return empty;
    }

    public void Refuse(BulkColumn column, int number, string value, string message) =>
        (_problems ??= []).Add(new BulkProblem(file, row, column.HeaderFor(number), value, message));

    private string Cell(BulkColumn column, int number)
    {
        var index = header.IndexOf(column, number);
        return index < 0 || index >= cells.Count ? "" : CsvText.Restore(cells[index].Trim());
    }
}
