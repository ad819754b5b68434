using System.Text;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Common;
using Microsoft.Data.Sqlite;

namespace AdminPortal.Benchmarks.Bulk;

/// <summary>
/// The export's baseline: the same columns of the remote destinations read with plain ADO.NET SELECTs (the row with
/// its references joined, then its ring schedule entries and its lines, each ordered by destination) and written
/// as CSV with the same field quoting, the same encoding and line ends; no ORM, no AXL mapping.
/// </summary>
public static class RawSelectExport
{
    private const string Rows = """
        SELECT rd."Id", rd."Name", rdp."Name", rd."TimeZone", ph."Name", rd."DestinationNumber", rd."AnswerTooSoonTimer", rd."AnswerTooLateTimer",
               rd."DelayBeforeRingingTimer", rd."IsMobilePhone", rd."EnableSingleNumberReach", al."Name", mp."Name",
               rd."SingleNumberReachVoicemailPolicy", rd."DialViaOfficeReverseVoicemailPolicy", u."UserId", rd."EnableExtendAndConnect"
        FROM "RemoteDestinations" rd
        JOIN "EndUsers" u ON u."Id" = rd."OwnerId"
        LEFT JOIN "RemoteDestinationProfiles" rdp ON rdp."Id" = rd."RemoteDestinationProfileId"
        LEFT JOIN "Phones" ph ON ph."Id" = rd."DualModeDeviceId"
        LEFT JOIN "AccessLists" al ON al."Id" = rd."AccessListId"
        LEFT JOIN "MobilityProfiles" mp ON mp."Id" = rd."MobilityProfileId"
        ORDER BY rd."DestinationNumber"
        """;

    private const string Entries = """
        SELECT rs."RemoteDestinationId", e."Day", e."StartMinute", e."EndMinute"
        FROM "RingScheduleEntries" e JOIN "RingSchedules" rs ON rs."Id" = e."RingScheduleId" JOIN "RemoteDestinations" rd ON rd."Id" = rs."RemoteDestinationId"
        ORDER BY rd."DestinationNumber", e."Id"
        """;

    private const string Lines = """
        SELECT rl."RemoteDestinationId", dn."Pattern", p."Name"
        FROM "RemoteDestinationLines" rl JOIN "DirectoryNumbers" dn ON dn."Id" = rl."DirectoryNumberId" LEFT JOIN "Partitions" p ON p."Id" = dn."PartitionId"
        JOIN "RemoteDestinations" rd ON rd."Id" = rl."RemoteDestinationId"
        ORDER BY rd."DestinationNumber", rl."Id"
        """;

    public static async Task<int> WriteAsync(string connectionString, Stream output)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var text = new StreamWriter(output, BulkExport.FileEncoding, 64 * 1024, leaveOpen: true);
        var header = BulkObjectTypes.Find("remote-destinations")!.File.Headers(new Dictionary<string, int> { ["ringSchedule"] = 7, ["lineAssociations"] = 1 });
        await text.WriteAsync(string.Join(',', header) + "\r\n");
        await using var rows = await ReaderAsync(connection, Rows);
        await using var entries = await ReaderAsync(connection, Entries);
        await using var lines = await ReaderAsync(connection, Lines);
        var hasEntry = await entries.ReadAsync();
        var hasLine = await lines.ReadAsync();
        var line = new StringBuilder(512);
        var count = 0;
        while (await rows.ReadAsync())
        {
            var id = rows.GetInt32(0);
            line.Clear();
            for (var c = 1; c <= 4; c++)
            {
                line.Append(CsvText.Field(rows.IsDBNull(c) ? null : rows.GetString(c))).Append(',');
            }

            line.Append(",,").Append(CsvText.Field(rows.GetString(5))).Append(',');
            line.Append(rows.GetInt32(6)).Append(',').Append(rows.GetInt32(7)).Append(',').Append(rows.GetInt32(8)).Append(',');
            line.Append(rows.GetBoolean(9) ? 't' : 'f').Append(',').Append(rows.GetBoolean(10) ? 't' : 'f');
            var days = 0;
            while (hasEntry && entries.GetInt32(0) == id)
            {
                line.Append(',').Append(entries.GetString(1)).Append(',').Append(entries.GetInt32(2)).Append(',').Append(entries.GetInt32(3));
                days++;
                hasEntry = await entries.ReadAsync();
            }

            for (; days < 7; days++)
            {
                line.Append(",,,");
            }

            line.Append(',').Append(CsvText.Field(rows.IsDBNull(11) ? null : rows.GetString(11)));
            var written = 0;
            while (hasLine && lines.GetInt32(0) == id)
            {
                line.Append(',').Append(CsvText.Field(lines.GetString(1))).Append(',').Append(CsvText.Field(lines.IsDBNull(2) ? null : lines.GetString(2)));
                written++;
                hasLine = await lines.ReadAsync();
            }

            if (written == 0)
            {
                line.Append(",,");
            }

            line.Append(',').Append(CsvText.Field(rows.IsDBNull(12) ? null : rows.GetString(12)));
            line.Append(',').Append(rows.GetString(13)).Append(',').Append(rows.GetString(14)).Append(',').Append(CsvText.Field(rows.GetString(15)));
            line.Append(',').Append(rows.GetBoolean(16) ? 't' : 'f').Append("\r\n");
            await text.WriteAsync(line);
            count++;
        }

        return count;
    }

    private static async Task<SqliteDataReader> ReaderAsync(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteReaderAsync();
    }
}
