namespace AdminPortal.Core.Bulk;

/// <summary>
/// One column of a bulk file, or one member of a numbered column group (<see cref="Group"/> set): such a column is
/// written <see cref="Header"/>, <see cref="Separator"/>, its number (<c>DAY OF WEEK 1</c>, <c>DIRECTORY NUMBER  1</c>),
/// once per item, as BAT writes lists, never a separator inside a cell.
/// </summary>
public sealed record BulkColumn(string Header)
{
    /// <summary>A file without this column is refused.</summary>
    public bool Required { get; init; }

    /// <summary>The numbered group the column belongs to; the group's columns repeat together for each item.</summary>
    public string? Group { get; init; }

    /// <summary>Between the header and the number: one space, or two in BAT's line groups.</summary>
    public string Separator { get; init; } = " ";

    /// <summary>The highest number the group takes (the ring schedule's 7); none: as many as the data has.</summary>
    public int? MaxCount { get; init; }

    /// <summary>
    /// A BAT column the portal has no field for (<c>MOBILE SMART CLIENT</c>): accepted and its value left unread,
    /// written empty when <see cref="Exported"/>.
    /// </summary>
    public bool Ignored { get; init; }

    /// <summary>
    /// The AXL field the column holds, declared where the header's words are not the field's
    /// (<c>DELAY BEFORE RINGING TIMER</c> holds <c>delayBeforeRingingCell</c>); unset, the field whose letters the header
    /// spells (see <see cref="ImportColumns"/>). A refusal under that field is reported under this column.
    /// </summary>
    public string? Field { get; init; }

    /// <summary>False for a column that is only accepted on reading (BAT's <c>LINE DESCRIPTION  1</c>).</summary>
    public bool Exported { get; init; } = true;

    /// <summary>The column's header as written for item <paramref name="number"/> of its group (or as is, outside one).</summary>
    public string HeaderFor(int number) => Group is null ? Header : $"{Header}{Separator}{number}";

    /// <summary>The column's header as the reader compares it: upper case, single spaces.</summary>
    public static string Normalise(string header)
    {
        var parts = header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', parts).ToUpperInvariant();
    }
}
