using System.Runtime.CompilerServices;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The stored remote destinations for an export, read a batch at a time in destination order (a cluster holds up
/// to 40,000): each batch reads only what <see cref="AxlRemoteDestination.From"/> reads (the row, the names of what
/// it refers to, its ring schedule and its lines), not whole related objects, so that the export stays within twice
/// a raw <c>SELECT</c> (decisions 015, 020): the rows with a data reader on the context's connection (EF Core's
/// materialisation cost more than the query), their schedule entries and lines through EF. The objects are then mapped by <see cref="AxlRemoteDestination.From"/>, the
/// HTTP API's one mapping; the export tests compare the result with that mapping over fully loaded objects.
/// </summary>
public static class StoredRemoteDestinations
{
    /// <summary>Destinations per batch: the memory an export holds at once.</summary>
    public const int BatchSize = 1_000;

    // The row and the names it refers to: what AxlRemoteDestination.From reads of it, in the order ReadBatchAsync reads them.
    private const string Columns = """
        SELECT rd."Id", rd."Name", rd."DestinationNumber", u."UserId", rdp."Name", ph."Name", rd."IsMobilePhone", rd."EnableSingleNumberReach",
               rd."EnableExtendAndConnect", rd."AnswerTooSoonTimer", rd."AnswerTooLateTimer", rd."DelayBeforeRingingTimer",
               rd."SingleNumberReachVoicemailPolicy", rd."DialViaOfficeReverseVoicemailPolicy", mp."Name", rd."TimeZone", rd."CallerFilter",
               al."Name", rs."Id", rs."AllTheTime"
        FROM "RemoteDestinations" rd
        JOIN "EndUsers" u ON u."Id" = rd."OwnerId"
        LEFT JOIN "RemoteDestinationProfiles" rdp ON rdp."Id" = rd."RemoteDestinationProfileId"
        LEFT JOIN "Phones" ph ON ph."Id" = rd."DualModeDeviceId"
        LEFT JOIN "MobilityProfiles" mp ON mp."Id" = rd."MobilityProfileId"
        LEFT JOIN "AccessLists" al ON al."Id" = rd."AccessListId"
        LEFT JOIN "RingSchedules" rs ON rs."RemoteDestinationId" = rd."Id"
        """;

    public static async IAsyncEnumerable<AxlRemoteDestination> ReadAsync(PortalDbContext db, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var voicemail = FromStored<VoicemailPolicy>(db, nameof(RemoteDestination.SingleNumberReachVoicemailPolicy));
        var callerFilter = FromStored<CallerFilterMode>(db, nameof(RemoteDestination.CallerFilter));
        string? after = null;
        while (true)
        {
            var batch = await ReadBatchAsync(db, after, voicemail, callerFilter, cancellation);
            if (batch.Count == 0)
            {
                yield break;
            }

            await AddPartsAsync(db, batch, after, cancellation);
            foreach (var destination in batch)
            {
                destination.ArrangeParts();
                yield return AxlRemoteDestination.From(destination);
            }

            after = batch[^1].DestinationNumber;
        }
    }

    /// <summary>
    /// The next batch after <paramref name="after"/> in number order, read with a data reader on the context's
    /// connection and transaction (the export's snapshot): EF's materialisation of 40,000 rows was most of the export's time.
    /// </summary>
    private static async Task<List<RemoteDestination>> ReadBatchAsync(
        PortalDbContext db, string? after, Func<string, VoicemailPolicy> voicemail, Func<string, CallerFilterMode> callerFilter, CancellationToken cancellation)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"""
            {Columns}
            {(after is null ? "" : "WHERE rd.\"DestinationNumber\" > @after")}
            ORDER BY rd."DestinationNumber"
            LIMIT {BatchSize}
            """;
        if (after is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@after";
            parameter.Value = after;
            command.Parameters.Add(parameter);
        }

        var batch = new List<RemoteDestination>(BatchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            batch.Add(new RemoteDestination
            {
                Id = reader.GetInt32(0),
                Name = reader.GetString(1),
                DestinationNumber = reader.GetString(2),
                Owner = new EndUser { UserId = reader.GetString(3) },
                RemoteDestinationProfile = reader.IsDBNull(4) ? null : new RemoteDestinationProfile { Name = reader.GetString(4) },
                DualModeDevice = reader.IsDBNull(5) ? null : new Phone { Name = reader.GetString(5) },
                IsMobilePhone = reader.GetBoolean(6),
                EnableSingleNumberReach = reader.GetBoolean(7),
                EnableExtendAndConnect = reader.GetBoolean(8),
                AnswerTooSoonTimer = reader.GetInt32(9),
                AnswerTooLateTimer = reader.GetInt32(10),
                DelayBeforeRingingTimer = reader.GetInt32(11),
                SingleNumberReachVoicemailPolicy = voicemail(reader.GetString(12)),
                DialViaOfficeReverseVoicemailPolicy = voicemail(reader.GetString(13)),
                MobilityProfile = reader.IsDBNull(14) ? null : new MobilityProfile { Name = reader.GetString(14) },
                TimeZone = reader.GetString(15),
                CallerFilter = callerFilter(reader.GetString(16)),
                AccessList = reader.IsDBNull(17) ? null : new AccessList { Name = reader.GetString(17) },
                RingSchedule = reader.IsDBNull(18) ? null : new RingSchedule { Id = reader.GetInt32(18), AllTheTime = reader.GetBoolean(19) },
            });
        }

        return batch;
    }

    // An enumeration as the model stores it (by name), read back with the model's own converter.
    private static Func<string, T> FromStored<T>(PortalDbContext db, string property)
    {
        var converter = db.Model.FindEntityType(typeof(RemoteDestination))!.FindProperty(property)!.GetTypeMapping().Converter!;
        return text => (T)converter.ConvertFromProvider(text)!;
    }

    /// <summary>
    /// The batch's ring schedule entries and lines: two queries over the batch's range of numbers (after
    /// <paramref name="after"/>, up to its last), which the unique index on the number serves.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1309:Use ordinal string comparison", Justification = "Translated to SQL: the database compares with the collation it orders by.")]
    private static async Task AddPartsAsync(PortalDbContext db, List<RemoteDestination> batch, string? after, CancellationToken cancellation)
    {
        var last = batch[^1].DestinationNumber;
        var byId = batch.ToDictionary(r => r.Id);
        if (batch.Any(r => r.RingSchedule is { AllTheTime: false }))
        {
            var entries = await db.RingScheduleEntries.AsNoTracking()
                .Where(e => (after == null || string.Compare(e.RingSchedule!.RemoteDestination!.DestinationNumber, after) > 0)
                    && string.Compare(e.RingSchedule!.RemoteDestination!.DestinationNumber, last) <= 0)
                .Select(e => new { e.RingSchedule!.RemoteDestinationId, Entry = e }).ToListAsync(cancellation);
            foreach (var entry in entries)
            {
                byId[entry.RemoteDestinationId].RingSchedule!.Entries.Add(entry.Entry);
            }
        }

        var lines = await db.RemoteDestinationLines.AsNoTracking()
            .Where(l => (after == null || string.Compare(l.RemoteDestination!.DestinationNumber, after) > 0) && string.Compare(l.RemoteDestination!.DestinationNumber, last) <= 0)
            .Select(l => new RemoteDestinationLine
            {
                Id = l.Id,
                RemoteDestinationId = l.RemoteDestinationId,
                DirectoryNumber = new DirectoryNumber
                {
                    Pattern = l.DirectoryNumber!.Pattern,
                    Partition = l.DirectoryNumber.PartitionId == null ? null : new Partition { Name = l.DirectoryNumber.Partition!.Name },
                },
            }).ToListAsync(cancellation);
        foreach (var line in lines)
        {
            byId[line.RemoteDestinationId].Lines.Add(line);
        }
    }
}
