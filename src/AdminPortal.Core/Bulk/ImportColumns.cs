using System.Globalization;
using System.Text.RegularExpressions;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The CSV column a refusal is about: the validators name AXL fields ("ownerUserId", "ringSchedule[1].startTime"),
/// the administrator reads the file's headers ("OWNER USER ID", "START TIME 2"). A field is its column when their
/// letters agree (ignoring case, spaces and AXL's "Name" suffix of a reference), or one column's letters begin with
/// the other's, or the column's letters end with the field's (an object's "name" is "PHYSICAL LOCATION NAME"); a column
/// whose words differ from its field's declares the field (<see cref="BulkColumn.Field"/>). A field no column holds is
/// written in upper case; a test checks that every field a bulk type's validator names has its column.
/// </summary>
public static partial class ImportColumns
{
    /// <summary>The header of <paramref name="file"/>'s column that holds <paramref name="field"/> (a group's item numbered from 1).</summary>
    public static string Of(BulkFile file, string field)
    {
        if (field.Length == 0)
        {
            return "";
        }

        var item = ItemPath().Match(field);
        var root = item.Success ? item.Groups["root"].Value : field;
        var number = item.Success ? int.Parse(item.Groups["index"].Value, CultureInfo.InvariantCulture) + 1 : 0;
        var leaf = item.Success && item.Groups["leaf"].Success ? item.Groups["leaf"].Value : root;
        var column = ColumnOf(file, item.Success && item.Groups["leaf"].Success ? leaf : root);
        return column is null ? Words(field)
            : column.Group is not null && number > 0 ? column.HeaderFor(number)
            : column.Header;
    }

    /// <summary>The column of <paramref name="file"/> that holds <paramref name="field"/> (an item's field without its path), or null when none does.</summary>
    public static BulkColumn? ColumnOf(BulkFile file, string field)
    {
        if (file.Columns.FirstOrDefault(c => string.Equals(c.Field, field, StringComparison.OrdinalIgnoreCase)) is { } declared)
        {
            return declared;
        }

        var letters = Letters(field);
        var bare = letters.EndsWith("name", StringComparison.Ordinal) && letters.Length > 4 ? letters[..^4] : letters;
        return file.Columns.FirstOrDefault(c => Letters(c.Header) == letters)
            ?? file.Columns.FirstOrDefault(c => Letters(c.Header) == bare)
            ?? file.Columns.FirstOrDefault(c => Letters(c.Header).StartsWith(bare, StringComparison.Ordinal))
            // An object's own "name" is the column its file names after the object ("PHYSICAL LOCATION NAME").
            ?? file.Columns.FirstOrDefault(c => Letters(c.Header).EndsWith(letters, StringComparison.Ordinal));
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();

    // "ownerUserId" -> "OWNER USER ID"
    private static string Words(string field) => CamelHumps().Replace(field, "$1 $2").ToUpperInvariant();

    [GeneratedRegex(@"^(?<root>[A-Za-z]+)\[(?<index>\d+)\](\.(?<leaf>[A-Za-z]+))?$")]
    private static partial Regex ItemPath();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelHumps();
}
