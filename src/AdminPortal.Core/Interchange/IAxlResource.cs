using System.Linq.Expressions;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// An object as Unified CM's AXL names it: the flat resource the HTTP API reads and writes (and the audit log
/// compares), with every reference by name. Implemented by one record per object type (<c>AxlRemoteDestination</c>, …).
/// </summary>
public interface IAxlResource<TSelf, TEntity>
    where TSelf : class, IAxlResource<TSelf, TEntity>
    where TEntity : Entity, new()
{
    /// <summary>The stored object's id: read-only, ignored when a client sends it back.</summary>
    int Id { get; }

    /// <summary>What a search by name looks in (name; a destination's number; a user's user id; a directory number's pattern).</summary>
    static abstract Expression<Func<TEntity, string>> Key { get; }

    /// <summary>Fields a list can be sorted by, by their JSON name, beside the key (sorted as "name").</summary>
    static abstract IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; }

    /// <summary>The query with the references and parts the resource reads (names of what it refers to, its lines, …).</summary>
    static abstract IQueryable<TEntity> Including(IQueryable<TEntity> query);

    /// <summary>The resource of a stored object read with <see cref="Including"/>.</summary>
    static abstract TSelf From(TEntity entity);

    /// <summary>
    /// A new entity holding this resource (the save replaces the stored object whole), references resolved by name;
    /// what cannot be resolved or read is added to <see cref="ReferenceNames.Errors"/> under its JSON field.
    /// </summary>
    Task<TEntity> ToEntityAsync(ReferenceNames names, CancellationToken cancellation);

    /// <summary>The JSON field a validator's property path is about ("OwnerId" is "ownerUserId"), for refusals keyed by field.</summary>
    string FieldOf(string propertyPath);
}
