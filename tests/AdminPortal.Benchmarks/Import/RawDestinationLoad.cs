using System.Data.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace AdminPortal.Benchmarks.Import;

/// <summary>
/// The import's baseline: the same remote destination rows, already resolved to ids (no parsing, no rule, no ORM,
/// no ring schedule, no audit), loaded into the same table with the same indexes in one transaction: a prepared
/// INSERT reused for every row on SQLite (the portal's connection settings), a binary COPY on PostgreSQL.
/// </summary>
public static class RawDestinationLoad
{
    private static readonly string[] Columns =
    [
        "Name", "DestinationNumber", "CallerIdDigits", "PartialMatchKey", "OwnerId", "RemoteDestinationProfileId", "IsMobilePhone",
        "EnableSingleNumberReach", "EnableExtendAndConnect", "AnswerTooSoonTimer", "AnswerTooLateTimer", "DelayBeforeRingingTimer",
        "SingleNumberReachVoicemailPolicy", "DialViaOfficeReverseVoicemailPolicy", "TimeZone", "CallerFilter", "Version",
    ];

    /// <summary>One row's values, in <see cref="Columns"/>' order.</summary>
    public static object[] Row(string name, string number, int ownerId, int profileId, int partialDigits) =>
    [
        name, number, CallerIdKeys.ReversedDigits(number), CallerIdKeys.PartialMatchKey(number, partialDigits), ownerId, profileId, false,
        true, false, RemoteDestination.DefaultAnswerTooSoonTimer, RemoteDestination.DefaultAnswerTooLateTimer, RemoteDestination.DefaultDelayBeforeRingingTimer,
        nameof(VoicemailPolicy.UseSystemDefault), nameof(VoicemailPolicy.UseSystemDefault), RemoteDestination.DefaultTimeZone, nameof(CallerFilterMode.AlwaysRing), Guid.NewGuid(),
    ];

    public static void InsertSqlite(string connectionString, IReadOnlyList<object[]> rows)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ConnectionString);
        connection.Open();
        SqliteSettings.Apply(connection);
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"RemoteDestinations\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] is Guid guid ? guid.ToString().ToUpperInvariant() : row[i];
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static async Task CopyPostgresAsync(string connectionString, IReadOnlyList<object[]> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY \"RemoteDestinations\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync();
                foreach (var value in row)
                {
                    await (value switch
                    {
                        string text => copy.WriteAsync(text, NpgsqlDbType.Text),
                        int number => copy.WriteAsync(number, NpgsqlDbType.Integer),
                        bool flag => copy.WriteAsync(flag, NpgsqlDbType.Boolean),
                        Guid guid => copy.WriteAsync(guid, NpgsqlDbType.Uuid),
                        _ => throw new InvalidOperationException($"No COPY type for {value.GetType()}"),
                    });
                }
            }

            await copy.CompleteAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>Empties what a load or an import wrote (destinations, their ring schedules, the import's audit entries) and zeroes the R2 counter.</summary>
    public static async Task ResetAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM "RingScheduleEntries"; DELETE FROM "RingSchedules"; DELETE FROM "RemoteDestinationLines"; DELETE FROM "RemoteDestinations";
            DELETE FROM "AuditEntries" WHERE "Channel" = 'Import'; UPDATE "ClusterGuards" SET "RemoteDestinationCount" = 0;
            """;
        await command.ExecuteNonQueryAsync();
    }
}
