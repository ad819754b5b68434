using AdminPortal.Core.Audit;
using AdminPortal.Core.Common;
using AdminPortal.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Data;

/// <summary>
/// The store's writes inside a caller's transaction (which holds the cluster write lock), shared by the store's own
/// save and delete and by the bulk import: validation, derived data, the write and its audit entry; nothing committed.
/// </summary>
public sealed partial class ConfigurationStore
{
    /// <summary>
    /// The save itself inside the caller's transaction, which must hold the cluster write lock: the validator, the
    /// derived data, the write and its audit entry; nothing is committed. A bulk import saves each of its rows here.
    /// </summary>
    internal static async Task<SaveResult> SaveWithinAsync<T>(PortalDbContext db, ChangeActor actor, T entity, CancellationToken cancellation)
        where T : Entity
    {
        var validation = await PortalValidators.For<T>(db).ValidateAsync(entity, cancellation);
        if (!validation.IsValid)
        {
            return SaveResult.Refused(FieldErrors(validation));
        }

        var isNew = entity.Id == 0;
        AuditedState? before = null;
        if (!isNew)
        {
            if (!await db.Set<T>().AnyAsync(e => e.Id == entity.Id, cancellation))
            {
                return SaveResult.Refused([new FieldError("", GoneMessage)], SaveRefusal.Gone);
            }

            before = await AuditTrail.ReadAsync(db, typeof(T), entity.Id, cancellation);
            await AggregateGraph.DeletePartsAsync(db, db.Model.FindEntityType(typeof(T))!, entity.Id, cancellation);
        }

        if (await DerivedData.BeforeSaveAsync(db, entity, isNew, cancellation) is { } refusal)
        {
            return SaveResult.Refused([refusal]);
        }

        Attach(db, entity, isNew);
        bool audited;
        try
        {
            await db.SaveChangesAsync(cancellation);
            audited = await AuditTrail.RecordAsync(db, actor, typeof(T), entity.Id, before, cancellation);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refuse(new FieldError("", ConcurrencyMessage), SaveRefusal.Stale);
        }
        catch (DbUpdateException e) when (UniqueViolation.TryDescribe(e, out var error))
        {
            // Another writer took the same unique value between our check and our write.
            return Refuse(error);
        }

        return SaveResult.Saved(entity.Id) with { Unchanged = !isNew && !audited };

        // The caller keeps its object for another try: a failed insert must still look new.
        SaveResult Refuse(FieldError error, SaveRefusal refusal = SaveRefusal.Invalid)
        {
            if (isNew)
            {
                entity.Id = 0;
            }

            return SaveResult.Refused([error], refusal);
        }
    }

    /// <summary>
    /// The delete itself inside the caller's transaction, which must hold the cluster write lock: refused with the
    /// dependency records while anything refers to the objects (R12), else the objects, their parts, the derived
    /// data and the audit entries; nothing is committed.
    /// </summary>
    internal static async Task<DeleteResult> DeleteWithinAsync<T>(PortalDbContext db, ChangeActor actor, IReadOnlyCollection<int> ids, CancellationToken cancellation)
        where T : Entity
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var dependents = new List<DependencyRecord>();
        foreach (var id in ids)
        {
            dependents.AddRange((await AggregateGraph.DependentsAsync(db, type, id, cancellation))
                .Where(d => !(d.ObjectType == ObjectLabels.For<T>() && ids.Contains(d.Id))));
        }

        if (dependents.Count > 0)
        {
            return new DeleteResult(0, dependents);
        }

        var before = new Dictionary<int, AuditedState?>();
        foreach (var id in ids)
        {
            before[id] = await AuditTrail.ReadAsync(db, typeof(T), id, cancellation);
            await AggregateGraph.DeletePartsAsync(db, type, id, cancellation);
        }

        var deleted = await db.Set<T>().Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellation);
        await DerivedData.AfterDeleteAsync<T>(db, deleted, cancellation);
        foreach (var (id, state) in before)
        {
            await AuditTrail.RecordAsync(db, actor, typeof(T), id, state, cancellation);
        }

        return new DeleteResult(deleted, []);
    }
}
