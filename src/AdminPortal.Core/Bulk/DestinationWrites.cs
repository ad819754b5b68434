using System.Text.Json;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Writes a remote destination import's accepted rows inside its transaction: new destinations in chunks (ids
/// reserved, every column as EF maps it through <see cref="TableLoad"/>, their ring schedules and lines, the R2
/// counter raised once per chunk with the store's own guard, one audit entry per destination built from the AXL
/// resource as <see cref="AuditTrail"/> compares it); an update through the store's save, after the pending adds.
/// </summary>
internal sealed class DestinationWrites(PortalDbContext db, ChangeActor actor, ReferenceNames names, ImportedDestinationFacts facts)
{
    private readonly List<RemoteDestination> _pending = new(DestinationImport.Chunk);

    /// <summary>Rows written so far (adds and updates).</summary>
    public int Written { get; private set; }

    public async Task AddAsync(RemoteDestination destination, CancellationToken cancellation)
    {
        _pending.Add(destination);
        if (_pending.Count >= DestinationImport.Chunk)
        {
            await FlushAsync(cancellation);
        }
    }

    /// <summary>Saves an update through the store (its validator re-checks it against the rows written so far).</summary>
    public async Task<SaveResult> UpdateAsync(RemoteDestination destination, CancellationToken cancellation)
    {
        await FlushAsync(cancellation);
        destination.Version = db.RemoteDestinations.Where(r => r.Id == destination.Id).Select(r => r.Version).Single();
        var saved = await ConfigurationStore.SaveWithinAsync(db, actor, destination, cancellation);
        db.ChangeTracker.Clear();
        Written += saved.Succeeded ? 1 : 0;
        return saved;
    }

    public async Task FlushAsync(CancellationToken cancellation)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        // The store's last guard of R2: the counter moves once for the chunk, never past the cap.
        if (!await ClusterGuard.AddRemoteDestinationsAsync(db, _pending.Count, cancellation))
        {
            throw new InvalidOperationException(DesignRules.R2.Say(DesignRules.ClusterFullMessage));
        }

        var next = await TableLoad.ReserveIdsAsync(db, typeof(RemoteDestination), _pending.Count, cancellation);
        var schedules = new List<RingSchedule>(_pending.Count);
        var lines = new List<RemoteDestinationLine>();
        foreach (var destination in _pending)
        {
            destination.Id = checked((int)next++);
            destination.Version = Guid.NewGuid();
            destination.CallerIdDigits = CallerIdKeys.ReversedDigits(destination.DestinationNumber);
            destination.PartialMatchKey = facts.PartialMatchKey(destination.DestinationNumber);
            if (destination.RingSchedule is { } schedule)
            {
                schedule.RemoteDestinationId = destination.Id;
                schedules.Add(schedule);
            }

            foreach (var line in destination.Lines)
            {
                line.RemoteDestinationId = destination.Id;
                lines.Add(line);
            }
        }

        await TableLoad.InsertAsync(db, _pending, withKey: true, cancellation);
        await InsertPartsAsync(schedules, lines, cancellation);
        await AuditAsync(cancellation);
        Written += _pending.Count;
        _pending.Clear();
    }

    private async Task InsertPartsAsync(List<RingSchedule> schedules, List<RemoteDestinationLine> lines, CancellationToken cancellation)
    {
        var next = await TableLoad.ReserveIdsAsync(db, typeof(RingSchedule), schedules.Count, cancellation);
        var entries = new List<RingScheduleEntry>();
        foreach (var schedule in schedules)
        {
            schedule.Id = checked((int)next++);
            schedule.Version = Guid.NewGuid();
            foreach (var entry in schedule.Entries)
            {
                entry.RingScheduleId = schedule.Id;
                entries.Add(entry);
            }
        }

        await TableLoad.InsertAsync(db, schedules, withKey: true, cancellation);
        await InsertNumberedAsync(entries, cancellation);
        await InsertNumberedAsync(lines, cancellation);
    }

    private async Task InsertNumberedAsync<T>(List<T> parts, CancellationToken cancellation)
        where T : Common.Entity
    {
        if (parts.Count == 0)
        {
            return;
        }

        var next = await TableLoad.ReserveIdsAsync(db, typeof(T), parts.Count, cancellation);
        foreach (var part in parts)
        {
            part.Id = checked((int)next++);
            part.Version = Guid.NewGuid();
        }

        await TableLoad.InsertAsync(db, parts, withKey: true, cancellation);
    }

    // One entry per destination, as AuditTrail writes a create: the AXL resource of the stored row, compared with nothing.
    private async Task AuditAsync(CancellationToken cancellation)
    {
        var at = DateTime.UtcNow;
        var entries = new List<AuditEntry>(_pending.Count);
        foreach (var destination in _pending)
        {
            var after = destination.Lines.Count > 0
                ? await AuditTrail.ReadAsync(db, typeof(RemoteDestination), destination.Id, cancellation)
                : new AuditedState(JsonSerializer.SerializeToNode(AxlRemoteDestination.From(WithReferenceNames(destination)), AxlJsonOptions.Strict)!.AsObject(), null);
            entries.Add(AuditTrail.Entry(actor, typeof(RemoteDestination), destination.Id, null, after, at)!);
        }

        await TableLoad.InsertAsync(db, entries, withKey: false, cancellation);
        Operations.PortalMetrics.AuditEntryWritten(AuditAction.Create, entries.Count);
    }

    // The names the resource shows, as stored (the file may spell them in another case); only the ids are written.
    private RemoteDestination WithReferenceNames(RemoteDestination d)
    {
        d.Owner = new EndUser { UserId = names.NameOf<EndUser>(d.OwnerId) ?? "" };
        d.RemoteDestinationProfile = d.RemoteDestinationProfileId is int profile ? new RemoteDestinationProfile { Name = names.NameOf<RemoteDestinationProfile>(profile)! } : null;
        d.DualModeDevice = d.DualModeDeviceId is int phone ? new Phone { Name = names.NameOf<Phone>(phone)! } : null;
        d.MobilityProfile = d.MobilityProfileId is int mobility ? new MobilityProfile { Name = names.NameOf<MobilityProfile>(mobility)! } : null;
        d.AccessList = d.AccessListId is int list ? new AccessList { Name = names.NameOf<AccessList>(list)! } : null;
        return d;
    }
}
