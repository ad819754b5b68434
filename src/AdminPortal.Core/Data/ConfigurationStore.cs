using System.Linq.Expressions;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Common;
using AdminPortal.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AdminPortal.Core.Data;

/// <summary>
/// The one save path, delete path and search of every configuration object. A save takes the cluster write lock
/// (<see cref="ClusterGuard"/>), validates inside the same transaction as the write (field rules and the hard
/// design rules R1-R11) and saves nothing when any rule fails; a delete is refused with the dependency records
/// while anything refers to the object (R12). A successful save returns the recommendations (W-rules) the saved
/// object now triggers. Every change it commits writes its audit entry (<see cref="AuditTrail"/>) in the same
/// transaction, with the account and channel <see cref="IChangeAuthorization"/> names.
/// </summary>
public sealed partial class ConfigurationStore(IDbContextFactory<PortalDbContext> contexts, IChangeAuthorization changes)
{
    public const string ReadOnlyMessage = "Your account can look at the configuration but not change it (Read-Only Administrator). Nothing was saved.";

    public const string GoneMessage = "This object was deleted by someone else.";

    public const string ConcurrencyMessage =
        "Someone else changed this object after you opened it. Reload the page to see their change, then edit again.";

    /// <summary>Runs the object's validator against the current database, outside any save (used by forms).</summary>
    public async Task<IReadOnlyList<FieldError>> ValidateAsync<T>(T entity, CancellationToken cancellation = default)
        where T : Entity
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var result = await PortalValidators.For<T>(db).ValidateAsync(entity, cancellation);
        return FieldErrors(result);
    }

    /// <summary>The longest value of each text field of <typeparamref name="T"/>, as its validator limits it (for the form's inputs).</summary>
    public IReadOnlyDictionary<string, int> MaxLengths<T>()
        where T : Entity
    {
        using var db = contexts.CreateDbContext();
        return FieldLengths.Of<T>(db);
    }

    /// <summary>The object with all its parts (lines, members, ring schedule, pools), in their order; null when it does not exist.</summary>
    public async Task<T?> LoadAsync<T>(int id, CancellationToken cancellation = default)
        where T : Entity
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var query = db.Set<T>().AsNoTracking();
        foreach (var path in AggregateGraph.PartPaths(db.Model.FindEntityType(typeof(T))!))
        {
            query = query.Include(path);
        }

        var entity = await query.AsSplitQuery().SingleOrDefaultAsync(e => e.Id == id, cancellation);
        entity?.ArrangeParts();
        return entity;
    }

    /// <summary>
    /// Adds (Id 0) or updates the object with its parts. Navigation properties to other objects are ignored:
    /// references are saved through their foreign-key ids.
    /// </summary>
    public async Task<SaveResult> SaveAsync<T>(T entity, CancellationToken cancellation = default)
        where T : Entity => Operations.PortalMetrics.Recorded<T>(await SaveOnceAsync(entity, cancellation));

    private async Task<SaveResult> SaveOnceAsync<T>(T entity, CancellationToken cancellation)
        where T : Entity
    {
        var actor = await changes.ActorAsync(cancellation);
        if (!actor.MayChange)
        {
            return SaveResult.Refused([new FieldError("", ReadOnlyMessage)], SaveRefusal.Forbidden);
        }

        entity.Normalize();
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        // The transaction is ours and a failed write is rolled back whole: EF's savepoint around SaveChanges is waste.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await ClusterGuard.TakeAsync(db, cancellation);
        var loadedVersion = entity.Version;
        var written = await SaveWithinAsync(db, actor, entity, cancellation);
        if (!written.Succeeded)
        {
            return written;
        }

        if (written.Unchanged)
        {
            // Nothing the object shows changed: roll the rewrite back, so neither the configuration's version (the
            // caches keyed by it: design review, previews) nor the object's concurrency version moves.
            await transaction.RollbackAsync(cancellation);
            entity.Version = loadedVersion;
        }
        else
        {
            await transaction.CommitAsync(cancellation);
        }

        try
        {
            return written with { Findings = await new DesignReview(db).ForObjectAsync(typeof(T), entity.Id, cancellation) };
        }
        catch (Exception e) when (DatabaseFailure.IsUnreachable(e))
        {
            // The change is committed; only the advice about it could not be read. Saying "not saved" would be wrong.
            return written;
        }
    }

    /// <summary>Deletes the objects and their parts, or nothing at all when any of them is in use (R12).</summary>
    public Task<DeleteResult> DeleteAsync<T>(IReadOnlyCollection<int> ids, CancellationToken cancellation = default)
        where T : Entity => DeleteAsync<T>(ids, null, cancellation);

    /// <summary>
    /// Deletes one object if it is still at <paramref name="version"/> (checked inside the write's transaction):
    /// a stale version or a missing object changes nothing.
    /// </summary>
    public Task<DeleteResult> DeleteAsync<T>(int id, Guid version, CancellationToken cancellation = default)
        where T : Entity => DeleteAsync<T>([id], version, cancellation);

    private async Task<DeleteResult> DeleteAsync<T>(IReadOnlyCollection<int> ids, Guid? version, CancellationToken cancellation)
        where T : Entity => Operations.PortalMetrics.Recorded<T>(await DeleteOnceAsync<T>(ids, version, cancellation));

    private async Task<DeleteResult> DeleteOnceAsync<T>(IReadOnlyCollection<int> ids, Guid? version, CancellationToken cancellation)
        where T : Entity
    {
        var actor = await changes.ActorAsync(cancellation);
        if (!actor.MayChange)
        {
            return new DeleteResult(0, [], ReadOnlyMessage) { RefusalKind = SaveRefusal.Forbidden };
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await ClusterGuard.TakeAsync(db, cancellation);
        if (version is Guid expected)
        {
            var stored = await db.Set<T>().Where(e => ids.Contains(e.Id)).Select(e => (Guid?)e.Version).SingleOrDefaultAsync(cancellation);
            if (stored != expected)
            {
                return stored is null
                    ? new DeleteResult(0, [], GoneMessage) { RefusalKind = SaveRefusal.Gone }
                    : new DeleteResult(0, [], ConcurrencyMessage) { RefusalKind = SaveRefusal.Stale };
            }
        }

        var result = await DeleteWithinAsync<T>(db, actor, ids, cancellation);
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellation);
        }

        return result;
    }

    public async Task<IReadOnlyList<DependencyRecord>> DependencyRecordsAsync<T>(int id, CancellationToken cancellation = default)
        where T : Entity
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await AggregateGraph.DependentsAsync(db, db.Model.FindEntityType(typeof(T))!, id, cancellation);
    }

    /// <summary>
    /// A Find and List search: filter on one text field, sort on a named column, one page only. The database does
    /// the filtering, counting, sorting and paging; a table is never loaded whole.
    /// </summary>
    public async Task<FindPage<TRow>> FindAsync<T, TRow>(
        FindRequest<T> request,
        Expression<Func<T, TRow>> projection,
        CancellationToken cancellation = default)
        where T : Entity
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var query = request.Apply(db.Set<T>().AsNoTracking(), binaryText: db.Database.IsSqlite());
        var total = await query.CountAsync(cancellation);
        var rows = await request.Sort(query)
            .Skip(request.PageIndex * request.PageSize)
            .Take(request.PageSize)
            .Select(projection)
            .ToListAsync(cancellation);
        return new FindPage<TRow>(rows, total);
    }

    /// <summary>Names for a picker, sorted.</summary>
    public async Task<IReadOnlyList<Choice>> ChoicesAsync<T>(Expression<Func<T, string>> name, CancellationToken cancellation = default)
        where T : Entity
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var parameter = name.Parameters[0];
        var select = Expression.Lambda<Func<T, Choice>>(
            Expression.New(typeof(Choice).GetConstructors()[0], Expression.Property(parameter, nameof(Entity.Id)), name.Body),
            parameter);
        return await db.Set<T>().AsNoTracking().OrderBy(name).Select(select).ToListAsync(cancellation);
    }

    internal static List<FieldError> FieldErrors(FluentValidation.Results.ValidationResult result) =>
        [.. result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage, DesignRules.Find(e.ErrorCode)?.Id))];

    // Tracks the object as added or modified and its parts as added; referenced objects stay untracked.
    private static void Attach<T>(PortalDbContext db, T entity, bool isNew)
        where T : Entity
    {
        db.ChangeTracker.TrackGraph(entity, node =>
        {
            if (node.Entry.Entity is not Entity row)
            {
                return;
            }

            if (ReferenceEquals(row, entity))
            {
                node.Entry.State = isNew ? EntityState.Added : EntityState.Modified;
            }
            else if (node.InboundNavigation is INavigation { IsOnDependent: false } navigation && navigation.ForeignKey.IsAggregatePart())
            {
                row.Id = 0;
                node.Entry.State = EntityState.Added;
            }
        });
    }
}
