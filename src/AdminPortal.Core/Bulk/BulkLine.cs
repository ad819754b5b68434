using System.Text;
using AdminPortal.Core.Common;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// One row of a bulk file being written, cell by cell in the file's column order: text neutralised and quoted by
/// <see cref="CsvText"/>, booleans <c>t</c>/<c>f</c>, enumerations in Unified CM's spelling; ended with CRLF.
/// Rows are held until written, so that a file is written in large asynchronous writes.
/// </summary>
public sealed class BulkLine
{
    /// <summary>Every row of a bulk file ends with CRLF (RFC 4180; BAT files come from Windows). The reader also takes LF.</summary>
    public const string End = "\r\n";

    private readonly StringBuilder _text = new(64 * 1024);
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

    public BulkLine Add(bool value)
    {
        Separate();
        _text.Append(value ? 't' : 'f');
        return this;
    }

    /// <summary>A whole number: never quoted, never a formula (a sign and digits).</summary>
    public BulkLine Add(int value)
    {
        Separate();
        _text.Append(value);
        return this;
    }

    public BulkLine Add(int? value) => value is int number ? Add(number) : Add((string?)null);

    public BulkLine Add<TEnum>(TEnum value)
        where TEnum : struct, Enum => Add(Spellings<TEnum>.Of[value]);

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

    /// <summary>The characters of the rows held, not yet written.</summary>
    public int Length => _text.Length;

    /// <summary>Ends the row with its line end; the next cell begins the next row (the rows are held until <see cref="WriteToAsync"/>).</summary>
    public void EndRow()
    {
        _text.Append(End);
        _first = true;
        Cells = 0;
    }

    /// <summary>Writes the rows held to <paramref name="output"/> (one asynchronous write for many rows) and forgets them.</summary>
    public async Task WriteToAsync(TextWriter output, CancellationToken cancellation)
    {
        await output.WriteAsync(_text, cancellation);
        _text.Clear();
    }

    // Unified CM's spelling of each value, looked up once per enumeration rather than once per cell.
    private static class Spellings<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Of = Enum.GetValues<TEnum>().ToDictionary(v => v, v => AxlSpelling.Of(v));
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
