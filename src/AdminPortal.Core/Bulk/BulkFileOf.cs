using System.Runtime.CompilerServices;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The CSV file of the objects of <typeparamref name="TEntity"/>, read and written as <typeparamref name="TAxl"/>
/// (the HTTP API's resource: <see cref="IAxlResource{TSelf, TEntity}.From"/> reads a stored object, the import
/// saves the resource through <see cref="IAxlResource{TSelf, TEntity}.ToEntityAsync"/>: one field mapping).
/// </summary>
public abstract class BulkFileOf<TAxl, TEntity> : BulkFile
    where TAxl : class, IAxlResource<TAxl, TEntity>
    where TEntity : Entity, new()
{
    public override Type ResourceType => typeof(TAxl);

    public override string Label => ObjectLabels.For<TEntity>();

    /// <summary>The numbered groups and the least number of items each is written with.</summary>
    protected virtual IReadOnlyDictionary<string, int> GroupMinimums { get; } = new Dictionary<string, int>();

    public override async Task<IReadOnlyDictionary<string, int>> GroupCountsAsync(PortalDbContext db, CancellationToken cancellation)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (group, minimum) in GroupMinimums)
        {
            counts[group] = Math.Max(minimum, await MostItemsAsync(db, group, cancellation));
        }

        return counts;
    }

    public override async IAsyncEnumerable<object> StoredAsync(PortalDbContext db, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var query = TAxl.Including(Ordered(db.Set<TEntity>().AsNoTracking())).AsSingleQuery();
        await foreach (var entity in query.AsAsyncEnumerable().WithCancellation(cancellation))
        {
            entity.ArrangeParts();
            yield return TAxl.From(entity);
        }
    }

    public override void Write(object resource, BulkLine line) => Write((TAxl)resource, line);

    public override object Read(BulkCells cells) => ReadRow(cells);

    /// <summary>The export's order: by the key (unique), so that two exports of the same configuration are identical.</summary>
    protected virtual IQueryable<TEntity> Ordered(IQueryable<TEntity> query) => query.OrderBy(TAxl.Key);

    /// <summary>The most items one stored object has in <paramref name="group"/> (0 when there is none).</summary>
    protected virtual Task<int> MostItemsAsync(PortalDbContext db, string group, CancellationToken cancellation) => Task.FromResult(0);

    protected abstract void Write(TAxl resource, BulkLine line);

    protected abstract TAxl ReadRow(BulkCells cells);
}
