using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// The portal's AXL: list, get, add, update and remove any object as AXL names it. Every write goes through the one
/// <see cref="ConfigurationStore"/> path the pages use (authorization, validators, design rules R1-R12, the cluster
/// lock); this class only translates names to ids and property paths to JSON fields.
/// </summary>
public sealed class AxlService(IDbContextFactory<PortalDbContext> contexts, ConfigurationStore store)
{
    public async Task<AxlPage<TAxl>> ListAsync<TAxl, TEntity>(AxlQuery query, CancellationToken cancellation = default)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        var sortKeys = new Dictionary<string, System.Linq.Expressions.LambdaExpression>(TAxl.SortKeys) { ["name"] = TAxl.Key };
        var field = query.Sort?.TrimStart('-');
        var request = new FindRequest<TEntity>
        {
            Field = TAxl.Key,
            Condition = query.Match,
            Text = query.Name,
            SortKey = field is not null && sortKeys.ContainsKey(field) ? field : "name",
            Descending = query.Sort?.StartsWith('-') == true,
            PageIndex = query.Page - 1,
            PageSize = query.PageSize,
            SortKeys = sortKeys,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var matching = request.Apply(db.Set<TEntity>().AsNoTracking(), binaryText: db.Database.IsSqlite());
        var total = await matching.CountAsync(cancellation);
        var page = request.Sort(matching).Skip(request.PageIndex * request.PageSize).Take(request.PageSize);
        var rows = await TAxl.Including(page).AsSplitQuery().ToListAsync(cancellation);
        return new AxlPage<TAxl>([.. rows.Select(TAxl.From)], total, query.Page, query.PageSize);
    }

    public async Task<AxlRead<TAxl>?> GetAsync<TAxl, TEntity>(int id, CancellationToken cancellation = default)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var entity = await TAxl.Including(db.Set<TEntity>().AsNoTracking()).AsSplitQuery().SingleOrDefaultAsync(e => e.Id == id, cancellation);
        return entity is null ? null : new AxlRead<TAxl>(TAxl.From(entity), entity.Version);
    }

    /// <summary>
    /// Adds (<paramref name="id"/> 0) or replaces an object. An update must name the version it replaces: a stale
    /// one is refused (<see cref="SaveRefusal.Stale"/>) and nothing changes.
    /// </summary>
    public async Task<AxlWrite<TAxl>> SaveAsync<TAxl, TEntity>(TAxl resource, int id, Guid? version, CancellationToken cancellation = default)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new()
    {
        TEntity entity;
        await using (var db = await contexts.CreateDbContextAsync(cancellation))
        {
            var names = new ReferenceNames(db);
            entity = await resource.ToEntityAsync(names, cancellation);
            if (names.Errors.Count > 0)
            {
                return new AxlWrite<TAxl>(null, SaveRefusal.Invalid, names.Errors, []);
            }
        }

        entity.Id = id;
        if (version is Guid expected)
        {
            entity.Version = expected;
        }

        var result = await store.SaveAsync(entity, cancellation);
        if (!result.Succeeded)
        {
            return new AxlWrite<TAxl>(null, result.Refusal, [.. result.Errors.Select(e => e with { Field = resource.FieldOf(e.Field) })], []);
        }

        var saved = await GetAsync<TAxl, TEntity>(result.Id, cancellation);
        return saved is null
            ? new AxlWrite<TAxl>(null, SaveRefusal.Gone, [new FieldError("", ConfigurationStore.GoneMessage)], [])
            : new AxlWrite<TAxl>(saved, SaveRefusal.Invalid, [], result.Findings);
    }

    public Task<DeleteResult> DeleteAsync<TEntity>(int id, Guid version, CancellationToken cancellation = default)
        where TEntity : Entity => store.DeleteAsync<TEntity>(id, version, cancellation);
}
