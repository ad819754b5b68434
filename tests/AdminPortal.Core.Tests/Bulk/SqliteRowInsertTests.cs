using AdminPortal.Core.Bulk;
using AdminPortal.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>
/// Decision 023: the SQLite bulk INSERT bound by position stores every value exactly as Microsoft.Data.Sqlite's own
/// parameters store it, in full multi-row statements and in the one-row statements of a last partial batch; it
/// refuses a type it does not know and reports the database's refusal.
/// </summary>
public sealed class SqliteRowInsertTests : IAsyncLifetime
{
    private static readonly string[] Columns = ["Text", "Number", "Long", "Truth", "Version", "At", "Empty"];

    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(SqliteRowInsert.RowsPerStatement)]
    [InlineData((SqliteRowInsert.RowsPerStatement * 2) + 5)]
    public void Rows_AreStoredAsMicrosoftDataSqliteBindsThem_IncludingAPartialLastBatch(int count)
    {
        using var connection = Open();
        Execute(connection, """CREATE TABLE "Bound" (Row INTEGER PRIMARY KEY, Text, Number, Long, Truth, Version, At, Empty); CREATE TABLE "Expected" (Row INTEGER PRIMARY KEY, Text, Number, Long, Truth, Version, At, Empty);""");
        var rows = Enumerable.Range(0, count).Select(i => new object?[]
        {
            $"row {i} 'é' \"<&>\"", i, 5_000_000_000L + i, i % 2 == 0, Guid.NewGuid(), new DateTime(2026, 12, 3, 11, 0, 0, DateTimeKind.Utc).AddTicks(i * 1_234_567L), null,
        }).ToList();

        using (var transaction = connection.BeginTransaction())
        {
            using (var insert = new SqliteRowInsert(connection, "Bound", Columns))
            {
                insert.Insert(rows, SqliteRowInsert.ByValue<object?[]>(Columns.Length, (row, c) => row[c]));
            }

            using var expected = connection.CreateCommand();
            expected.CommandText = $"INSERT INTO \"Expected\" ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";
            foreach (var row in rows)
            {
                expected.Parameters.Clear();
                for (var c = 0; c < Columns.Length; c++)
                {
                    expected.Parameters.AddWithValue("$" + Columns[c], row[c] ?? DBNull.Value);
                }

                expected.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Assert.Equal(Read(connection, "Expected"), Read(connection, "Bound"));
        Assert.Equal(count, Read(connection, "Bound").Count);
    }

    [Fact]
    public void AnUnknownType_IsRefused_AndTheDatabasesRefusalIsThrown()
    {
        using var connection = Open();
        Execute(connection, """CREATE TABLE "Bound" (Value NOT NULL UNIQUE)""");
        using var insert = new SqliteRowInsert(connection, "Bound", ["Value"]);

        Assert.Throws<NotSupportedException>(() => insert.Insert<decimal>([1.5m], SqliteRowInsert.ByValue<decimal>(1, (row, _) => row)));
        var refused = Assert.Throws<SqliteException>(() => insert.Insert<string>(["same", "same"], SqliteRowInsert.ByValue<string>(1, (row, _) => row)));
        Assert.Equal(19, refused.SqliteErrorCode & 0xFF); // SQLITE_CONSTRAINT
        insert.Insert<string>(["other"], SqliteRowInsert.ByValue<string>(1, (row, _) => row));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // Each value with its storage class, in row order.
    private static List<string> Read(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", Columns.Select(c => $"typeof({c}) || ':' || quote({c})"))} FROM \"{table}\" ORDER BY Row";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(string.Join(" | ", Enumerable.Range(0, Columns.Length).Select(reader.GetString)));
        }

        return values;
    }
}
