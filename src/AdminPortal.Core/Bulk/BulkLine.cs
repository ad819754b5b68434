using System.Globalization;
using System.Text;
using AdminPortal.Core.Common;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// One row of a bulk file being written, cell by cell in the file's column order: text neutralised and quoted by
/// <see cref="CsvText"/>, booleans <c>t</c>/<c>f</c>, enumerations in Unified CM's spelling; ended with CRLF.
/// </summary>
public sealed class BulkLine
{
    /// <summary>Every row of a bulk file ends with CRLF (RFC 4180; BAT files come from Windows). The reader also takes LF.</summary>
    public const string End = "\r\n";

    private readonly StringBuilder _text = new(512);
    private bool _first = true;

    /// <summary>How many items each numbered group of the file being written has columns for.</summary>
    public IReadOnlyDictionary<string, int> GroupCounts { get; init; } = new Dictionary<string, int>();

    public int Cells { get; private set; }

    public int CountOf(string group) => GroupCounts.TryGetValue(group, out var count) ? count : 0;

    public BulkLine Add(string? value)
    {
        Separate();
        CsvText.Append(_text, value);
        return this;
    }

    public BulkLine Add(bool value) => Add(value ? "t" : "f");

    public BulkLine Add(int value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public BulkLine Add(int? value) => Add(value?.ToString(CultureInfo.InvariantCulture));

    public BulkLine Add<TEnum>(TEnum value)
        where TEnum : struct, Enum => Add(AxlSpelling.Of(value));

    /// <summary>The group's columns for each item, then empty cells up to the group's count in this file.</summary>
    public BulkLine AddGroup<TItem>(string group, int width, IReadOnlyList<TItem> items, Action<BulkLine, TItem> write)
    {
        var count = CountOf(group);
        if (items.Count > count)
        {
            throw new InvalidOperationException($"The {group} group was counted {count} wide but an object has {items.Count} items.");
        }

        for (var i = 0; i < count; i++)
        {
            if (i < items.Count)
            {
                write(this, items[i]);
            }
            else
            {
                for (var c = 0; c < width; c++)
                {
                    Add((string?)null);
                }
            }
        }

        return this;
    }

    /// <summary>The row's text with its line end; the line is then empty for the next row.</summary>
    public string Take()
    {
        _text.Append(End);
        var text = _text.ToString();
        _text.Clear();
        _first = true;
        Cells = 0;
        return text;
    }

    /// <summary>Writes the row and its line end to <paramref name="output"/>; the line is then empty for the next row.</summary>
    public async Task WriteToAsync(TextWriter output, CancellationToken cancellation)
    {
        _text.Append(End);
        await output.WriteAsync(_text, cancellation);
        _text.Clear();
        _first = true;
        Cells = 0;
    }

    private void Separate()
    {
        if (!_first)
        {
            _text.Append(',');
        }

        _first = false;
        Cells++;
    }
}
