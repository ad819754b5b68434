using System.Linq.Expressions;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The rows of one file of any object type, each saved through the store's own save (or delete) inside the
/// import's transaction: the same validator, derived data and audit entry as a page save, so the rows of later
/// files (and later rows) see it. Used for every type but remote destinations, whose tens of thousands of rows go
/// through <see cref="DestinationImport"/>; these types count at most a few thousand rows in a cluster.
/// </summary>
internal sealed class ObjectImport<TAxl, TEntity>(ImportRun run, ImportFile<TAxl, TEntity> file)
    where TAxl : class, IAxlResource<TAxl, TEntity>
    where TEntity : Entity, new()
{
    private readonly Dictionary<string, (int Id, Guid Version)> _stored = new(StringComparer.OrdinalIgnoreCase);

    public async Task<ImportTypeCount> RunAsync(CancellationToken cancellation)
    {
        var db = run.Db;
        var key = TAxl.Key;
        var select = Expression.Lambda<Func<TEntity, StoredKey>>(
            Expression.New(typeof(StoredKey).GetConstructors()[0], Expression.Property(key.Parameters[0], nameof(Entity.Id)),
                Expression.Property(key.Parameters[0], nameof(Entity.Version)), key.Body),
            key.Parameters);
        // A directory number is keyed by its pattern and route partition, as AXL keys it.
        var stored = typeof(TEntity) == typeof(DirectoryNumber)
            ? db.DirectoryNumbers.AsNoTracking().Select(d => new StoredKey(d.Id, d.Version, d.Pattern + "\n" + (d.Partition == null ? "" : d.Partition.Name)))
            : db.Set<TEntity>().AsNoTracking().Select(select);
        foreach (var row in await stored.ToListAsync(cancellation))
        {
            _stored[row.Key] = (row.Id, row.Version);
        }

        var names = new ReferenceNames(db);
        int rows = 0, accepted = 0, added = 0, updated = 0, deleted = 0;
        await foreach (var row in file.Rows.WithCancellation(cancellation))
        {
            rows++;
            run.Report(file.Name, rows, accepted);
            var outcome = await ImportAsync(row, names, cancellation);
            db.ChangeTracker.Clear();
            if (outcome is null)
            {
                continue;
            }

            accepted++;
            added += outcome == BulkAction.Add ? 1 : 0;
            updated += outcome == BulkAction.Update ? 1 : 0;
            deleted += outcome == BulkAction.Delete ? 1 : 0;
        }

        run.ReportDone(file.Name, rows, accepted);
        return new ImportTypeCount(file.Name, file.ObjectType, rows, accepted, rows - accepted, added, updated, deleted);
    }

    // What the row did (add, update or delete), or null when it was refused.
    private async Task<BulkAction?> ImportAsync(ImportRow<TAxl> row, ReferenceNames names, CancellationToken cancellation)
    {
        if (row.CellErrors.Count > 0 || row.Resource is null && row.Action != BulkAction.Delete)
        {
            run.Errors.AddRange(row.CellErrors);
            run.Refused++;
            return null;
        }

        var key = typeof(TEntity) == typeof(DirectoryNumber) ? $"{row.Key}\n{row.KeyPartition}" : row.Key;
        var exists = _stored.TryGetValue(key, out var stored);
        if (row.Action is BulkAction.Update or BulkAction.Delete && !exists)
        {
            Refuse(row, [new FieldError("", $"There is no {ObjectLabels.For<TEntity>().ToLowerInvariant()} '{row.Key}'.")]);
            return null;
        }

        if (row.Action == BulkAction.Delete)
        {
            var result = await ConfigurationStore.DeleteWithinAsync<TEntity>(run.Db, run.Actor, [stored.Id], cancellation);
            if (!result.Succeeded)
            {
                Refuse(row, [.. result.Dependents.Select(d => new FieldError("", d.InUseMessage(ObjectLabels.For<TEntity>()), Rules.DesignRules.R12.Id))]);
                return null;
            }

            _stored.Remove(key);
            return BulkAction.Delete;
        }

        names.Errors.Clear();
        var entity = await row.Resource!.ToEntityAsync(names, cancellation);
        if (entity is EndUser user && row.Resource is AxlEndUser axlUser)
        {
            await KeepUserDetailsAsync(user, axlUser, row, exists ? stored.Id : 0, names, cancellation);
        }

        if (names.Errors.Count > 0)
        {
            // The resource names fields itself ("ownerUserId"), as the API's refusals do.
            run.Refuse(file.Name, row.Row, row.Resource, field => field, file.ColumnOf, names.Errors);
            return null;
        }

        // An explicit add of an existing key stays new, so the validator's uniqueness rule refuses it as a page would.
        var update = exists && row.Action != BulkAction.Add;
        entity.Id = update ? stored.Id : 0;
        if (update)
        {
            entity.Version = stored.Version;
        }

        entity.Normalize();
        var saved = await ConfigurationStore.SaveWithinAsync(run.Db, run.Actor, entity, cancellation);
        if (!saved.Succeeded)
        {
            Refuse(row, saved.Errors);
            return null;
        }

        _stored[key] = (saved.Id, entity.Version);
        return update ? BulkAction.Update : BulkAction.Add;
    }

    // The stored PIN stays (a file never holds one), and a primary device that is a phone of this import is set once the phones are in.
    private async Task KeepUserDetailsAsync(EndUser user, AxlEndUser resource, ImportRow<TAxl> row, int storedId, ReferenceNames names, CancellationToken cancellation)
    {
        if (resource.Pin.IsUnchanged)
        {
            user.Pin = await names.StoredPinAsync(storedId, cancellation);
        }

        if (resource.PrimaryDeviceName is { Length: > 0 } device && user.PrimaryDeviceId is null
            && names.Errors.Count == 1 && names.Errors[0].Field == "primaryDeviceName")
        {
            names.Errors.Clear();
            run.PrimaryDevicesLater.Add(new PrimaryDeviceLater(file.Name, row.Row, user.UserId, device, file.ColumnOf));
        }
    }

    private void Refuse(ImportRow<TAxl> row, IReadOnlyList<FieldError> errors) =>
        run.Refuse(file.Name, row.Row, row.Resource, field => row.Resource?.FieldOf(field) ?? field, file.ColumnOf, errors);

    private sealed record StoredKey(int Id, Guid Version, string Key);
}
