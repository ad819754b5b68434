using System.Text;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The records of a CSV text (RFC 4180): cells separated by commas, rows ended by CRLF, LF or CR, a cell in double
/// quotes may hold commas, doubled quotes and line breaks (a spreadsheet numbers such a row once, and so does
/// <see cref="Row"/>). Reads ahead a buffer at a time; a record is returned as soon as it is complete.
/// </summary>
public sealed class CsvRecords(TextReader text)
{
    /// <summary>What the reader's decoder puts for bytes that are not UTF-8: a record holding it is refused.</summary>
    public const char NotUtf8 = '\uFFFF';

    private readonly char[] _buffer = new char[32 * 1024];
    private readonly StringBuilder _cell = new();
    private int _position;
    private int _length;
    private bool _ended;
    private bool _skipLineFeed;
    private int _cellsPerRow = 4;

    /// <summary>The row of the record last returned, as a spreadsheet numbers it (the first is 1).</summary>
    public int Row { get; private set; }

    /// <summary>
    /// The next record's cells; null at the end of the text. A record that cannot be read (a quote never closed, a
    /// cell or a row too long, <see cref="NotUtf8"/>) throws <see cref="CsvRecordException"/>.
    /// </summary>
    public async ValueTask<List<string>?> NextAsync(CancellationToken cancellation)
    {
        var cells = new List<string>(_cellsPerRow);
        var quoted = false;
        var quoteClosed = false;
        var started = false;
        _cell.Clear();
        while (true)
        {
            if (_position == _length)
            {
                if (_ended || !await FillAsync(cancellation))
                {
                    _ended = true;
                    if (quoted && !quoteClosed)
                    {
                        throw new CsvRecordException(Row + 1, cells.Count, "A quoted cell is never closed: its opening \" has no closing \" before the end of the file.");
                    }

                    if (!started)
                    {
                        return null;
                    }

                    return End(cells);
                }
            }

            var c = _buffer[_position++];
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (c == '\n')
                {
                    continue;
                }
            }

            started = true;
            if (quoted && !quoteClosed)
            {
                if (c == '"')
                {
                    if (_position == _length && !_ended && !await FillAsync(cancellation))
                    {
                        _ended = true;
                    }

                    if (_position < _length && _buffer[_position] == '"')
                    {
                        _position++;
                        Append(c, cells.Count);
                    }
                    else
                    {
                        quoteClosed = true;
                    }
                }
                else
                {
                    Append(c, cells.Count);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    EndCell(cells);
                    quoted = false;
                    quoteClosed = false;
                    break;
                case '\r' or '\n':
                    _skipLineFeed = c == '\r';
                    return End(cells);
                case '"' when _cell.Length == 0 && !quoted:
                    quoted = true;
                    break;
                default:
                    Append(c, cells.Count);
                    break;
            }
        }
    }

    private List<string> End(List<string> cells)
    {
        EndCell(cells);
        Row++;
        _cellsPerRow = cells.Count;
        return cells;
    }

    private void EndCell(List<string> cells)
    {
        if (cells.Count == BulkLimits.MaxColumns)
        {
            throw new CsvRecordException(Row + 1, cells.Count, $"The row has more than {BulkLimits.MaxColumns:N0} cells.");
        }

        cells.Add(_cell.ToString());
        _cell.Clear();
    }

    private void Append(char c, int cell)
    {
        if (c == NotUtf8)
        {
            throw new CsvRecordException(Row + 1, cell, $"The file is not UTF-8 (row {Row + 1} holds bytes that are not): save it as CSV UTF-8.");
        }

        if (_cell.Length == BulkLimits.MaxCellLength)
        {
            throw new CsvRecordException(Row + 1, cell, $"The cell is longer than {BulkLimits.MaxCellLength:N0} characters, more than any field holds: is a \" not closed?");
        }

        _cell.Append(c);
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellation)
    {
        _length = await text.ReadAsync(_buffer.AsMemory(), cancellation);
        _position = 0;
        return _length > 0;
    }
}
