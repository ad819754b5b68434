using AdminPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Writes many new rows of one table inside the caller's transaction, without the change tracker: every column
/// the EF model maps (its names and value conversions, so the rows read back exactly as EF writes them), through
/// statements prepared once and bound by position on SQLite (<see cref="SqliteRowInsert"/>) and a binary <c>COPY</c>
/// on PostgreSQL. Keys are reserved first (<see cref="ReserveIdsAsync"/>) so that parts can point at their owner; the
/// caller holds the cluster lock.
/// </summary>
internal static class TableLoad
{
    /// <summary>Reserves <paramref name="count"/> consecutive ids of <paramref name="entityType"/>'s table and returns the first.</summary>
    public static async Task<long> ReserveIdsAsync(PortalDbContext db, Type entityType, int count, CancellationToken cancellation)
    {
        var table = db.Model.FindEntityType(entityType)!.GetTableName()!;
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        if (db.Database.IsNpgsql())
        {
            // The block is ours: every writer of these tables holds the cluster lock, and setval moves the sequence past it.
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), nextval(pg_get_serial_sequence('\"{table}\"', 'Id')) + {count} - 1) - {count} + 1";
        }
        else
        {
            // AUTOINCREMENT never reuses an id, even of a deleted row: start past the highest ever given.
            command.CommandText = $"SELECT MAX(COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0)) + 1";
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Inserts <paramref name="rows"/> (ids already set, or left to the database when <paramref name="withKey"/> is false).</summary>
    public static async Task InsertAsync<T>(PortalDbContext db, IReadOnlyCollection<T> rows, bool withKey, CancellationToken cancellation)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Where(p => withKey || !p.IsPrimaryKey()).Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping())).ToList();
        if (db.Database.IsNpgsql())
        {
            await CopyAsync(db, table.Name, columns, rows, cancellation);
        }
        else
        {
            InsertPrepared(db, table.Name, columns, rows);
        }
    }

    private static void InsertPrepared<T>(PortalDbContext db, string table, List<Column> columns, IReadOnlyCollection<T> rows)
        where T : class
    {
        using var insert = new SqliteRowInsert((SqliteConnection)db.Database.GetDbConnection(), table, [.. columns.Select(c => c.Name)]);
        insert.Insert(rows as IReadOnlyList<T> ?? [.. rows], (row, i) => columns[i].ProviderValue(row));
    }

    private static async Task CopyAsync<T>(PortalDbContext db, string table, List<Column> columns, IReadOnlyCollection<T> rows, CancellationToken cancellation)
        where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var types = columns.Select(c => c.Mapping.StoreType.Split('(')[0]).ToArray();
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", cancellation);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellation);
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].ProviderValue(row) is { } value)
                {
                    await copy.WriteAsync(value, types[i], cancellation);
                }
                else
                {
                    await copy.WriteNullAsync(cancellation);
                }
            }
        }

        await copy.CompleteAsync(cancellation);
    }

    private sealed class Column(IProperty property, string name, RelationalTypeMapping mapping)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();

        private readonly Func<object?, object?>? _toProvider = (property.GetValueConverter() ?? mapping.Converter)?.ConvertToProvider;

        public string Name { get; } = name;

        public RelationalTypeMapping Mapping { get; } = mapping;

        public object? ProviderValue(object row)
        {
            var value = _getter.GetClrValueUsingContainingEntity(row);
            return value is null || _toProvider is null ? value : _toProvider(value);
        }
    }
}
