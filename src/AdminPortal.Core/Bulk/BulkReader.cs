using System.Runtime.CompilerServices;
using System.Text;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Reads a bulk CSV file of one object type as a stream of rows (see <see cref="BulkRow"/>), never the whole file in
/// memory. The file is UTF-8 (a byte-order mark is accepted and skipped), its first row the header, and a blank row
/// ends it as in BAT. Whatever makes the file unreadable as a whole (empty, binary, not UTF-8, too large, a header
/// that does not fit the type, a quote never closed) is the last row read, with <see cref="BulkRow.EndsFile"/> set.
/// </summary>
public static class BulkReader
{
    // Bytes that are not UTF-8 decode to U+FFFF (a noncharacter no text holds), which the records refuse at their row and cell.
    private static readonly Encoding StrictUtf8 = Encoding.GetEncoding(
        "utf-8", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(CsvRecords.NotUtf8.ToString()));

    public static async IAsyncEnumerable<BulkRow> ReadAsync(
        Stream csv, BulkObjectType type, string? fileName = null, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var file = fileName ?? type.FileName;
        var input = new BulkInputStream(csv, BulkLimits.MaxFileBytes);
        var start = await input.StartAsync(4, cancellation);
        if (StartProblem(start) is string startProblem)
        {
            yield return FileProblem(type, file, 0, startProblem);
            yield break;
        }

        if (start is [0xEF, 0xBB, 0xBF, ..])
        {
            input.Skip(3);
        }

        using var text = new StreamReader(input, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024);
        var records = new CsvRecords(text);
        var (headerCells, headerProblem) = await NextAsync(records, input, cancellation);
        if (headerProblem is not null || headerCells is null || IsBlank(headerCells))
        {
            yield return FileProblem(type, file, headerProblem?.Row ?? 1, headerProblem?.Problems[0].Message
                ?? (input.BytesRead == 0 || headerCells is null ? "The file is empty: a bulk file begins with its header row." : "The first row is blank: a bulk file begins with its header row."));
            yield break;
        }

        var header = BulkHeader.Match(headerCells, type.File);
        if (header.Problems.Count > 0)
        {
            yield return new BulkRow
            {
                Type = type, File = file, Row = 1, EndsFile = true,
                Problems = [.. header.Problems.Select(p => new BulkProblem(file, 1, null, null, p))],
            };
            yield break;
        }

        var rows = 0;
        while (true)
        {
            var (cells, problem) = await NextAsync(records, input, cancellation);
            if (problem is not null)
            {
                yield return problem with { Type = type, File = file, Problems = [.. problem.Problems.Select(p => p with { File = file, Column = ColumnOf(header, p.Column) })] };
                yield break;
            }

            if (cells is null)
            {
                yield break;
            }

            if (IsBlank(cells))
            {
                var (next, _) = await NextAsync(records, input, cancellation);
                if (next is not null && !IsBlank(next))
                {
                    yield return new BulkRow
                    {
                        Type = type, File = file, Row = records.Row - 1,
                        Problems = [new BulkProblem(file, records.Row - 1, null, null, $"Row {records.Row - 1} is blank: a blank row ends a bulk file, so the rows after it were not read. Remove the blank row to import them.")],
                    };
                }

                yield break;
            }

            if (++rows > BulkLimits.MaxRows)
            {
                yield return FileProblem(type, file, records.Row, $"The file has more than {BulkLimits.MaxRows:N0} rows: split it into smaller files.");
                yield break;
            }

            yield return Row(type, file, header, cells, records.Row);
        }
    }

    private static BulkRow Row(BulkObjectType type, string file, BulkHeader header, List<string> cells, int row)
    {
        var read = new BulkCells(header, cells, file, row);
        var problems = new List<BulkProblem>(0);
        if (cells.Count > header.Cells.Count && cells.Skip(header.Cells.Count).Any(c => c.Trim().Length > 0))
        {
            problems.Add(new BulkProblem(file, row, null, null, $"The row has {cells.Count} cells but the header only {header.Cells.Count} columns: is a comma missing from a quoted cell?"));
        }

        var actionText = header.ActionIndex >= 0 && header.ActionIndex < cells.Count ? cells[header.ActionIndex].Trim() : "";
        BulkAction? action = actionText.ToLowerInvariant() switch
        {
            "" => BulkAction.AddOrUpdate,
            "add" => BulkAction.Add,
            "update" => BulkAction.Update,
            "delete" => BulkAction.Delete,
            _ => null,
        };
        if (action is null)
        {
            problems.Add(new BulkProblem(file, row, BulkHeader.ActionColumn, actionText, $"'{actionText}' is not an action: write add, update or delete, or leave it empty (add or update)."));
        }

        var (key, partition) = type.File.KeyOf(read);
        object? resource = null;
        if (action == BulkAction.Delete)
        {
            if (key.Length == 0)
            {
                problems.Add(new BulkProblem(file, row, type.File.KeyColumn.Header, "", $"A delete names the object to delete: {type.File.KeyColumn.Header} is empty."));
            }
        }
        else
        {
            resource = type.File.Read(read);
        }

        problems.AddRange(read.Problems);
        return new BulkRow
        {
            Type = type, File = file, Row = row, Action = action ?? BulkAction.AddOrUpdate, Key = key, KeyPartition = partition,
            Resource = problems.Count == 0 ? resource : null, Problems = problems,
        };
    }

    private static async ValueTask<(List<string>? Cells, BulkRow? Problem)> NextAsync(CsvRecords records, BulkInputStream input, CancellationToken cancellation)
    {
        List<string>? cells;
        try
        {
            cells = await records.NextAsync(cancellation);
        }
        catch (CsvRecordException e)
        {
            return (null, FileProblem(null, "", e.Row, e.Message, e.Cell.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (input.HasNul)
        {
            return (null, FileProblem(null, "", records.Row + 1, "The file is binary (it holds NUL bytes), or text in UTF-16: save it as CSV UTF-8."));
        }

        if (input.TooLarge)
        {
            return (null, FileProblem(null, "", records.Row + 1, $"The file is larger than {BulkLimits.Describe(input.Limit)}: split it into smaller files."));
        }

        return (cells, null);
    }

    private static string? StartProblem(byte[] start) => start switch
    {
        [] => "The file is empty: a bulk file begins with its header row.",
        [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "The file is UTF-16 text, not UTF-8: save it as CSV UTF-8.",
        [0x50, 0x4B, 0x03, 0x04, ..] => "The file is a zip archive, not a CSV file: import it as an archive.",
        _ => null,
    };

    private static bool IsBlank(List<string> cells) => cells.All(c => c.Trim().Length == 0);

    /// <summary>The header of the cell a record problem names (its index, as text), or none.</summary>
    private static string? ColumnOf(BulkHeader header, string? cellIndex) =>
        int.TryParse(cellIndex, out var index) && index < header.Cells.Count ? header.Cells[index].Trim() : null;

    private static BulkRow FileProblem(BulkObjectType? type, string file, int row, string message, string? column = null) => new()
    {
        Type = type, File = file, Row = row, EndsFile = true, Problems = [new BulkProblem(file, row, column, null, message)],
    };
}
