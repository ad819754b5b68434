using System.Runtime.CompilerServices;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The stored remote destinations for an export, read a batch at a time in destination order (a cluster holds up
/// to 40,000): each batch reads only what <see cref="AxlRemoteDestination.From"/> reads (the row, the names of what
/// it refers to, its ring schedule and its lines), not whole related objects, so that the export stays within twice
/// a raw <c>SELECT</c> (decision 015). The objects are then mapped by <see cref="AxlRemoteDestination.From"/>, the
/// HTTP API's one mapping; the export tests compare the result with that mapping over fully loaded objects.
/// </summary>
public static class StoredRemoteDestinations
{
    /// <summary>Destinations per batch: the memory an export holds at once.</summary>
    public const int BatchSize = 4_000;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1309:Use ordinal string comparison", Justification = "Translated to SQL: the database compares with the collation it orders by.")]
    public static async IAsyncEnumerable<AxlRemoteDestination> ReadAsync(PortalDbContext db, [EnumeratorCancellation] CancellationToken cancellation)
    {
        string? after = null;
        while (true)
        {
            var rows = db.RemoteDestinations.AsNoTracking();
            if (after is not null)
            {
                rows = rows.Where(r => string.Compare(r.DestinationNumber, after) > 0);
            }

            var batch = await rows.OrderBy(r => r.DestinationNumber).Select(r => new RemoteDestination
            {
                Id = r.Id,
                Name = r.Name,
                DestinationNumber = r.DestinationNumber,
                Owner = new EndUser { UserId = r.Owner!.UserId },
                RemoteDestinationProfile = r.RemoteDestinationProfileId == null ? null : new RemoteDestinationProfile { Name = r.RemoteDestinationProfile!.Name },
                DualModeDevice = r.DualModeDeviceId == null ? null : new Phone { Name = r.DualModeDevice!.Name },
                IsMobilePhone = r.IsMobilePhone,
                EnableSingleNumberReach = r.EnableSingleNumberReach,
                EnableExtendAndConnect = r.EnableExtendAndConnect,
                AnswerTooSoonTimer = r.AnswerTooSoonTimer,
                AnswerTooLateTimer = r.AnswerTooLateTimer,
                DelayBeforeRingingTimer = r.DelayBeforeRingingTimer,
                SingleNumberReachVoicemailPolicy = r.SingleNumberReachVoicemailPolicy,
                DialViaOfficeReverseVoicemailPolicy = r.DialViaOfficeReverseVoicemailPolicy,
                MobilityProfile = r.MobilityProfileId == null ? null : new MobilityProfile { Name = r.MobilityProfile!.Name },
                TimeZone = r.TimeZone,
                CallerFilter = r.CallerFilter,
                AccessList = r.AccessListId == null ? null : new AccessList { Name = r.AccessList!.Name },
                RingSchedule = r.RingSchedule == null ? null : new RingSchedule { Id = r.RingSchedule.Id, AllTheTime = r.RingSchedule.AllTheTime },
            }).ToListAsync(cancellation);
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
