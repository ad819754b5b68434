using System.Data.Common;
using System.Runtime.CompilerServices;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The stored remote destinations for an export, read a batch at a time in destination order (a cluster holds up
/// to 40,000): each batch reads only what the file holds (the row, the names of what it refers to, its weekly ring
/// schedule's entries and its lines), not whole related objects, so that the export stays within twice a raw
/// <c>SELECT</c> (decisions 015, 020, 026). Three data readers per batch on the context's connection and snapshot
/// (the row, the entries of its weekly schedules, its lines), read straight into the resource: building entity
/// objects first cost a quarter of the export (each one then drew a new <see cref="Common.Entity.Version"/>). The resource's
/// facts that are more than a copy come from <see cref="AxlRemoteDestination"/>'s own rules
/// (<see cref="AxlRemoteDestination.AccessListNameOf"/>, <see cref="AxlRingScheduleMember.Of(DayOfWeek, RingScheduleEntryKind, int, int)"/>);
/// the export tests compare the result with <see cref="AxlRemoteDestination.From"/> over fully loaded objects.
/// </summary>
public static class StoredRemoteDestinations
{
    /// <summary>Destinations per batch: the memory an export holds at once.</summary>
    public const int BatchSize = 1_000;

    // The row, the names it refers to and whether its schedule is weekly, in the order ReadBatchAsync reads them.
    private const string Columns = """
        SELECT rd."Id", rd."Name", rd."DestinationNumber", u."UserId", rdp."Name", ph."Name", rd."IsMobilePhone", rd."EnableSingleNumberReach",
               rd."EnableExtendAndConnect", rd."AnswerTooSoonTimer", rd."AnswerTooLateTimer", rd."DelayBeforeRingingTimer",
               rd."SingleNumberReachVoicemailPolicy", rd."DialViaOfficeReverseVoicemailPolicy", mp."Name", rd."TimeZone", rd."CallerFilter",
               al."Name", rs."AllTheTime"
        FROM "RemoteDestinations" rd
        JOIN "EndUsers" u ON u."Id" = rd."OwnerId"
        LEFT JOIN "RemoteDestinationProfiles" rdp ON rdp."Id" = rd."RemoteDestinationProfileId"
        LEFT JOIN "Phones" ph ON ph."Id" = rd."DualModeDeviceId"
        LEFT JOIN "MobilityProfiles" mp ON mp."Id" = rd."MobilityProfileId"
        LEFT JOIN "AccessLists" al ON al."Id" = rd."AccessListId"
        LEFT JOIN "RingSchedules" rs ON rs."RemoteDestinationId" = rd."Id"
        """;

    // The entries of the batch's weekly schedules (an "all the time" schedule's entries are not part of the file).
    private const string Entries = """
        SELECT rs."RemoteDestinationId", e."Day", e."Kind", e."StartMinute", e."EndMinute"
        FROM "RingScheduleEntries" e
        JOIN "RingSchedules" rs ON rs."Id" = e."RingScheduleId"
        JOIN "RemoteDestinations" rd ON rd."Id" = rs."RemoteDestinationId"
        WHERE NOT rs."AllTheTime"
        """;

    // The batch's lines, in the order they were added.
    private const string Lines = """
        SELECT rl."RemoteDestinationId", dn."Pattern", p."Name"
        FROM "RemoteDestinationLines" rl
        JOIN "RemoteDestinations" rd ON rd."Id" = rl."RemoteDestinationId"
        JOIN "DirectoryNumbers" dn ON dn."Id" = rl."DirectoryNumberId"
        LEFT JOIN "Partitions" p ON p."Id" = dn."PartitionId"
        WHERE TRUE
        """;

    public static async IAsyncEnumerable<AxlRemoteDestination> ReadAsync(PortalDbContext db, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var stored = new StoredValues(db);
        string? after = null;
        while (true)
        {
            var (batch, weekly) = await ReadBatchAsync(db, after, stored, cancellation);
            if (batch.Count == 0)
            {
                yield break;
            }

            var last = batch[^1].Destination;
            var schedules = weekly ? await ReadEntriesAsync(db, after, last, stored, cancellation) : null;
            var lines = await ReadLinesAsync(db, after, last, cancellation);
            foreach (var destination in batch)
            {
                var schedule = schedules?.GetValueOrDefault(destination.Id);
                var lineAssociations = lines?.GetValueOrDefault(destination.Id);
                yield return schedule is null && lineAssociations is null ? destination
                    : destination with { RingSchedule = schedule ?? destination.RingSchedule, LineAssociations = lineAssociations ?? destination.LineAssociations };
            }

            after = last;
        }
    }

    /// <summary>
    /// The next batch after <paramref name="after"/> in number order, and whether any of it has a weekly schedule;
    /// read with a data reader on the context's connection and transaction (the export's snapshot).
    /// </summary>
    private static async Task<(List<AxlRemoteDestination> Batch, bool Weekly)> ReadBatchAsync(
        PortalDbContext db, string? after, StoredValues stored, CancellationToken cancellation)
    {
        await using var command = Command(db, $"""
            {Columns}
            {(after is null ? "" : "WHERE rd.\"DestinationNumber\" > @after")}
            ORDER BY rd."DestinationNumber"
            LIMIT {BatchSize}
            """, after, null);
        var batch = new List<AxlRemoteDestination>(BatchSize);
        var weekly = false;
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            weekly |= !reader.IsDBNull(18) && !reader.GetBoolean(18);
            batch.Add(new AxlRemoteDestination
            {
                Id = reader.GetInt32(0),
                Name = reader.GetString(1),
                Destination = reader.GetString(2),
                OwnerUserId = reader.GetString(3),
                RemoteDestinationProfileName = reader.IsDBNull(4) ? null : reader.GetString(4),
                DualModeDeviceName = reader.IsDBNull(5) ? null : reader.GetString(5),
                IsMobilePhone = reader.GetBoolean(6),
                EnableMobileConnect = reader.GetBoolean(7),
                EnableExtendAndConnect = reader.GetBoolean(8),
                AnswerTooSoonTimer = reader.GetInt32(9),
                AnswerTooLateTimer = reader.GetInt32(10),
                DelayBeforeRingingCell = reader.GetInt32(11),
                SingleNumberReachVoicemail = stored.Voicemail(reader.GetString(12)),
                DialViaOfficeReverseVoicemail = stored.Voicemail(reader.GetString(13)),
                MobilityProfileName = reader.IsDBNull(14) ? null : reader.GetString(14),
                TimeZone = reader.GetString(15),
                AccessListName = AxlRemoteDestination.AccessListNameOf(stored.CallerFilter(reader.GetString(16)), reader.IsDBNull(17) ? null : reader.GetString(17)),
            });
        }

        return (batch, weekly);
    }

    /// <summary>The members of the batch's weekly schedules by destination, each in Unified CM's Monday-first order.</summary>
    private static async Task<Dictionary<int, IReadOnlyList<AxlRingScheduleMember>>> ReadEntriesAsync(
        PortalDbContext db, string? after, string last, StoredValues stored, CancellationToken cancellation)
    {
        var entries = new Dictionary<int, List<(DayOfWeek Day, RingScheduleEntryKind Kind, int Start, int End)>>();
        await using (var command = Command(db, Entries + InRange(after), after, last))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                var id = reader.GetInt32(0);
                if (!entries.TryGetValue(id, out var days))
                {
                    entries[id] = days = [];
                }

                days.Add((stored.Day(reader.GetString(1)), stored.Kind(reader.GetString(2)), reader.GetInt32(3), reader.GetInt32(4)));
            }
        }

        return entries.ToDictionary(e => e.Key, e => (IReadOnlyList<AxlRingScheduleMember>)
            [.. e.Value.OrderBy(d => RingSchedules.WeekOrder(d.Day)).Select(d => AxlRingScheduleMember.Of(d.Day, d.Kind, d.Start, d.End))]);
    }

    /// <summary>The batch's lines by destination (null when it has none), in the order they were added.</summary>
    private static async Task<Dictionary<int, IReadOnlyList<AxlLine>>?> ReadLinesAsync(PortalDbContext db, string? after, string last, CancellationToken cancellation)
    {
        Dictionary<int, List<AxlLine>>? lines = null;
        await using (var command = Command(db, Lines + InRange(after) + "\nORDER BY rl.\"Id\"", after, last))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                lines ??= [];
                var id = reader.GetInt32(0);
                if (!lines.TryGetValue(id, out var list))
                {
                    lines[id] = list = [];
                }

                list.Add(new AxlLine { Pattern = reader.GetString(1), RoutePartitionName = reader.IsDBNull(2) ? null : reader.GetString(2) });
            }
        }

        return lines?.ToDictionary(l => l.Key, l => (IReadOnlyList<AxlLine>)l.Value);
    }

    // The batch's range of numbers (after the previous batch's last, up to its own last), which the unique index on the number serves.
    private static string InRange(string? after) =>
        (after is null ? "" : "\nAND rd.\"DestinationNumber\" > @after") + "\nAND rd.\"DestinationNumber\" <= @last";

    private static DbCommand Command(PortalDbContext db, string sql, string? after, string? last)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in new[] { ("@after", after), ("@last", last) })
        {
            if (value is not null)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }
}
