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
/// A full chunk is written by a writer task while the caller judges the next rows, one chunk in flight: the caller
/// builds each row's audit text as it adds it, and waits for the writer (<see cref="WaitAsync"/>) before it uses the
/// connection itself. A writer's failure surfaces at the next wait and the import's transaction rolls everything back.
/// </summary>
internal sealed class DestinationWrites(PortalDbContext db, ChangeActor actor, ReferenceNames names, ImportedDestinationFacts facts)
{
    private List<(RemoteDestination Destination, AuditEntry? Entry)> _pending = new(DestinationImport.Chunk);

    private Task _writing = Task.CompletedTask;

    private int _written;

    // The objects ResourceOf names a row's references with (see there).
    private readonly EndUser _owner = new();
    private readonly RemoteDestinationProfile _profile = new();
    private readonly Phone _phone = new();
    private readonly MobilityProfile _mobilityProfile = new();
    private readonly AccessList _accessList = new();

    /// <summary>Rows written so far (adds and updates).</summary>
    public int Written => Volatile.Read(ref _written);

    /// <summary>Holds a new destination; a full chunk goes to the writer (after the one before it is written).</summary>
    public async Task AddAsync(RemoteDestination destination, CancellationToken cancellation)
    {
        // The rows' first versions, drawn here rather than by the writer: it is the slower side (the store draws them when it saves).
        destination.Version = Guid.NewGuid();
        if (destination.RingSchedule is { } schedule)
        {
            schedule.Version = Guid.NewGuid();
        }

        destination.CallerIdDigits = CallerIdKeys.ReversedDigits(destination.DestinationNumber);
        destination.PartialMatchKey = facts.PartialMatchKey(destination.DestinationNumber);
        // A destination with lines is read back once written (the lines' names and partitions), as the store's audit reads it.
        _pending.Add((destination, destination.Lines.Count > 0 ? null
            : AuditTrail.CreateEntry(actor, typeof(RemoteDestination), 0, ResourceOf(destination), default)));
        if (_pending.Count >= DestinationImport.Chunk)
        {
            await WaitAsync(cancellation);
            StartWriting(cancellation);
        }
    }

    // Apart from AddAsync, so that the writer's closure is made once a chunk, not at every row.
    private void StartWriting(CancellationToken cancellation)
    {
        var chunk = _pending;
        _pending = new(DestinationImport.Chunk);
        _writing = Task.Run(() => WriteAsync(chunk, cancellation), cancellation);
    }

    /// <summary>Saves an update through the store (its validator re-checks it against the rows written so far).</summary>
    public async Task<SaveResult> UpdateAsync(RemoteDestination destination, CancellationToken cancellation)
    {
        await FlushAsync(cancellation);
        destination.Version = db.RemoteDestinations.Where(r => r.Id == destination.Id).Select(r => r.Version).Single();
        var saved = await ConfigurationStore.SaveWithinAsync(db, actor, destination, cancellation);
        db.ChangeTracker.Clear();
        if (saved.Succeeded)
        {
            Interlocked.Increment(ref _written);
        }

        return saved;
    }

    /// <summary>Writes every held destination and waits until all are written: the connection is then the caller's.</summary>
    public async Task FlushAsync(CancellationToken cancellation)
    {
        await WaitAsync(cancellation);
        if (_pending.Count > 0)
        {
            var chunk = _pending;
            _pending = new(DestinationImport.Chunk);
            await WriteAsync(chunk, cancellation);
        }
    }

    /// <summary>Waits for the chunk being written, if any (its failure is thrown here).</summary>
    public Task WaitAsync(CancellationToken cancellation) => _writing.WaitAsync(cancellation);

    /// <summary>Waits for the writer whatever happened, so that nothing uses the connection once the import leaves (a failure the caller already throws is not thrown again).</summary>
    public async Task SettleAsync()
    {
        try
        {
            await _writing;
        }
        catch (Exception) when (_writing.IsFaulted || _writing.IsCanceled)
        {
            // Thrown already by WaitAsync, or the caller is leaving on its own failure: the transaction rolls back either way.
        }
    }

    private async Task WriteAsync(List<(RemoteDestination Destination, AuditEntry? Entry)> chunk, CancellationToken cancellation)
    {
        // The store's last guard of R2: the counter moves once for the chunk, never past the cap.
        if (!await ClusterGuard.AddRemoteDestinationsAsync(db, chunk.Count, cancellation))
        {
            throw new InvalidOperationException(DesignRules.R2.Say(DesignRules.ClusterFullMessage));
        }

        var next = await TableLoad.ReserveIdsAsync(db, typeof(RemoteDestination), chunk.Count, cancellation);
        var destinations = new List<RemoteDestination>(chunk.Count);
        var schedules = new List<RingSchedule>(chunk.Count);
        var lines = new List<RemoteDestinationLine>();
        foreach (var (destination, _) in chunk)
        {
            destination.Id = checked((int)next++);
            destinations.Add(destination);
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

        await TableLoad.InsertAsync(db, destinations, withKey: true, cancellation);
        await InsertPartsAsync(schedules, lines, cancellation);
        await AuditAsync(chunk, cancellation);
        Interlocked.Add(ref _written, chunk.Count);
    }

    private async Task InsertPartsAsync(List<RingSchedule> schedules, List<RemoteDestinationLine> lines, CancellationToken cancellation)
    {
        var next = await TableLoad.ReserveIdsAsync(db, typeof(RingSchedule), schedules.Count, cancellation);
        var entries = new List<RingScheduleEntry>();
        foreach (var schedule in schedules)
        {
            schedule.Id = checked((int)next++);
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
    private async Task AuditAsync(List<(RemoteDestination Destination, AuditEntry? Entry)> chunk, CancellationToken cancellation)
    {
        var at = DateTime.UtcNow;
        var entries = new List<AuditEntry>(chunk.Count);
        foreach (var (destination, built) in chunk)
        {
            var entry = built ?? AuditTrail.Entry(actor, typeof(RemoteDestination), destination.Id, null, await AuditTrail.ReadAsync(db, typeof(RemoteDestination), destination.Id, cancellation), at)!;
            entry.ObjectId = destination.Id;
            entry.At = at;
            entries.Add(entry);
        }

        await TableLoad.InsertAsync(db, entries, withKey: false, cancellation);
        Operations.PortalMetrics.AuditEntryWritten(AuditAction.Create, entries.Count);
    }

    // The resource with the names it shows, as stored (the file may spell them in another case); only the ids are
    // written. The referenced objects only carry their names to AxlRemoteDestination.From: one of each, reused row
    // after row (the judging side adds one row at a time), and taken off the destination again.
    private AxlRemoteDestination ResourceOf(RemoteDestination d)
    {
        _owner.UserId = names.NameOf<EndUser>(d.OwnerId) ?? "";
        d.Owner = _owner;
        if (d.RemoteDestinationProfileId is int profile)
        {
            _profile.Name = names.NameOf<RemoteDestinationProfile>(profile)!;
            d.RemoteDestinationProfile = _profile;
        }

        if (d.DualModeDeviceId is int phone)
        {
            _phone.Name = names.NameOf<Phone>(phone)!;
            d.DualModeDevice = _phone;
        }

        if (d.MobilityProfileId is int mobility)
        {
            _mobilityProfile.Name = names.NameOf<MobilityProfile>(mobility)!;
            d.MobilityProfile = _mobilityProfile;
        }

        if (d.AccessListId is int list)
        {
            _accessList.Name = names.NameOf<AccessList>(list)!;
            d.AccessList = _accessList;
        }

        var resource = AxlRemoteDestination.From(d);
        (d.Owner, d.RemoteDestinationProfile, d.DualModeDevice, d.MobilityProfile, d.AccessList) = (null, null, null, null, null);
        return resource;
    }
}
