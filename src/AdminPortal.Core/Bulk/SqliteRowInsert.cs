using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Inserts many rows of one table on SQLite through statements prepared once on the connection's native handle, the
/// values bound by position: <see cref="RowsPerStatement"/> rows per INSERT, the rows left over (fewer than that) by
/// a one-row INSERT each. Microsoft.Data.Sqlite would look every parameter up by name at each execution and open a
/// data reader for it. A row is bound by a <see cref="RowBinder{T}"/> through the typed <c>Bind</c> overloads
/// (<see cref="TableLoad"/> compiles one per table, so that no value is boxed), or value by value as objects
/// (<see cref="ByValue{T}"/>). Values are bound as Microsoft.Data.Sqlite binds them (text, integers, truth values as
/// 0/1, a GUID as upper-case text, a time as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>); any other type is refused. Text is
/// encoded into one UTF-8 buffer reused for every value (SQLite copies what is bound), not into a new array per value
/// as the string overload does. The rows join the transaction open on the connection.
/// </summary>
internal sealed class SqliteRowInsert : IDisposable
{
    /// <summary>Binds <paramref name="row"/>'s values to the parameters from <paramref name="first"/> (1-based) on, in column order.</summary>
    public delegate void RowBinder<in T>(SqliteRowInsert insert, T row, int first);

    /// <summary>Rows one multi-row INSERT carries.</summary>
    public const int RowsPerStatement = 32;

    private readonly sqlite3 _db;

    private readonly int _columns;

    private readonly sqlite3_stmt _many;

    private readonly sqlite3_stmt _one;

    // The statement the binder's values go to.
    private sqlite3_stmt _statement;

    // The UTF-8 of the text being bound; SQLite copies it (SQLITE_TRANSIENT), so the next value may overwrite it.
    private byte[] _text = new byte[1024];

    public SqliteRowInsert(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        _columns = columns.Count;
        var into = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ";
        var row = $"({string.Join(", ", columns.Select(_ => "?"))})";
        _many = Prepare(into + string.Join(", ", Enumerable.Repeat(row, RowsPerStatement)));
        _one = Prepare(into + row);
        _statement = _many;
    }

    /// <summary>Inserts <paramref name="rows"/>, each bound by <paramref name="bind"/>.</summary>
    public void Insert<T>(IReadOnlyList<T> rows, RowBinder<T> bind)
    {
        var whole = rows.Count - rows.Count % RowsPerStatement;
        _statement = _many;
        for (var first = 0; first < whole; first += RowsPerStatement)
        {
            for (var r = 0; r < RowsPerStatement; r++)
            {
                bind(this, rows[first + r], (r * _columns) + 1);
            }

            Step(_many);
        }

        _statement = _one;
        for (var r = whole; r < rows.Count; r++)
        {
            bind(this, rows[r], 1);
            Step(_one);
        }
    }

    /// <summary>A binder that binds each value as an object: <paramref name="value"/> gives a row's value of the column at an index, as the database stores it.</summary>
    public static RowBinder<T> ByValue<T>(int columns, Func<T, int, object?> value) => (insert, row, first) =>
    {
        for (var c = 0; c < columns; c++)
        {
            insert.Bind(first + c, value(row, c));
        }
    };

    public void Bind(int index, string? text) => Check(text is null ? BindNull(index) : BindText(index, text));

    public void Bind(int index, long number) => Check(BindInteger(index, number));

    public void Bind(int index, long? number) => Check(number is { } value ? BindInteger(index, value) : BindNull(index));

    public void Bind(int index, bool truth) => Check(BindInteger(index, truth ? 1 : 0));

    public void Bind(int index, bool? truth) => Check(truth is { } value ? BindInteger(index, value ? 1 : 0) : BindNull(index));

    public void Bind(int index, Guid guid) => Check(BindGuid(index, guid));

    public void Bind(int index, Guid? guid) => Check(guid is { } value ? BindGuid(index, value) : BindNull(index));

    public void Bind(int index, DateTime time) => Check(BindTime(index, time));

    public void Bind(int index, DateTime? time) => Check(time is { } value ? BindTime(index, value) : BindNull(index));

    /// <summary>Binds a value of any of the types above, boxed; any other type is refused.</summary>
    public void Bind(int index, object? value) => Check(value switch
    {
        null or DBNull => BindNull(index),
        string text => BindText(index, text),
        int number => BindInteger(index, number),
        long number => BindInteger(index, number),
        bool truth => BindInteger(index, truth ? 1 : 0),
        Guid guid => BindGuid(index, guid),
        DateTime time => BindTime(index, time),
        _ => throw new NotSupportedException($"A bulk insert does not bind a {value.GetType().Name}."),
    });

    // How each type is stored, once: the typed overloads and the object one above check what these return.
    private int BindNull(int index) => raw.sqlite3_bind_null(_statement, index);

    private int BindText(int index, string text) => raw.sqlite3_bind_text(_statement, index, Utf8(text));

    private int BindInteger(int index, long number) => raw.sqlite3_bind_int64(_statement, index, number);

    private int BindGuid(int index, Guid guid) => raw.sqlite3_bind_text(_statement, index, UpperCaseText(guid));

    private int BindTime(int index, DateTime time) => raw.sqlite3_bind_text(_statement, index, Text(time));

    public void Dispose()
    {
        _many.Dispose();
        _one.Dispose();
    }

    private ReadOnlySpan<byte> Utf8(string text)
    {
        if (_text.Length < Encoding.UTF8.GetMaxByteCount(text.Length))
        {
            _text = new byte[Math.Max(Encoding.UTF8.GetMaxByteCount(text.Length), _text.Length * 2)];
        }

        return _text.AsSpan(0, Encoding.UTF8.GetBytes(text, _text));
    }

    // As Guid.ToString().ToUpperInvariant(): 36 characters, the hex digits in upper case.
    private ReadOnlySpan<byte> UpperCaseText(Guid guid)
    {
        guid.TryFormat(_text, out var length, "D");
        var text = _text.AsSpan(0, length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f')
            {
                text[i] -= 'a' - 'A';
            }
        }

        return text;
    }

    private ReadOnlySpan<byte> Text(DateTime time)
    {
        time.TryFormat(_text, out var length, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return _text.AsSpan(0, length);
    }

    private void Step(sqlite3_stmt statement)
    {
        var done = raw.sqlite3_step(statement);
        var reset = raw.sqlite3_reset(statement);
        if (done != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(done, _db);
        }

        Check(reset);
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
