using System.Linq.Expressions;
using System.Reflection;
using AdminPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AdminPortal.Core.Data;

/// <summary>
/// What the model says about aggregates: which rows are parts of an object (saved and deleted with it) and which
/// rows merely reference it (and so block its deletion, R12). Read from the EF model, so a new entity or
/// reference is covered without touching this class.
/// </summary>
internal static class AggregateGraph
{
    private static readonly string[] DisplayProperties = ["Name", "UserId", "Pattern", "DestinationNumber"];

    public static IEnumerable<IForeignKey> PartKeys(IEntityType owner) =>
        owner.GetReferencingForeignKeys().Where(fk => fk.IsAggregatePart());

    public static IEnumerable<IForeignKey> ReferenceKeys(IEntityType principal) =>
        principal.GetReferencingForeignKeys().Where(fk => !fk.IsAggregatePart());

    /// <summary>The include paths of every part of an object, recursively ("Lines", "RingSchedule.Entries").</summary>
    public static IEnumerable<string> PartPaths(IEntityType owner, string prefix = "")
    {
        foreach (var fk in PartKeys(owner))
        {
            if (fk.PrincipalToDependent is not { } navigation)
            {
                continue;
            }

            var path = prefix + navigation.Name;
            yield return path;
            foreach (var deeper in PartPaths(fk.DeclaringEntityType, path + "."))
            {
                yield return deeper;
            }
        }
    }

    /// <summary>Deletes every part of the object (recursively) now, inside the caller's transaction.</summary>
    public static async Task DeletePartsAsync(DbContext db, IEntityType owner, int id, CancellationToken cancellation)
    {
        foreach (var fk in PartKeys(owner))
        {
            var partType = fk.DeclaringEntityType;
            var fkName = fk.Properties[0].Name;
            if (PartKeys(partType).Any())
            {
                foreach (var partId in await IdsWhereAsync(db, partType.ClrType, fkName, id, cancellation))
                {
                    await DeletePartsAsync(db, partType, partId, cancellation);
                }
            }

            await (Task)DeleteWhereMethod.MakeGenericMethod(partType.ClrType).Invoke(null, [db, fkName, id, cancellation])!;
        }
    }

    /// <summary>Every row outside the object's own parts that refers to it.</summary>
    public static async Task<List<DependencyRecord>> DependentsAsync(DbContext db, IEntityType principal, int id, CancellationToken cancellation)
    {
        var records = new List<DependencyRecord>();
        foreach (var fk in ReferenceKeys(principal))
        {
            var dependentType = fk.DeclaringEntityType;
            var field = ObjectLabels.Field(fk.Properties[0].Name);
            foreach (var dependentId in await IdsWhereAsync(db, dependentType.ClrType, fk.Properties[0].Name, id, cancellation))
            {
                records.Add(await DescribeAsync(db, dependentType, dependentId, field, cancellation));
            }
        }

        return records;
    }

    // A part (say a Device Mobility Info's pool entry) is reported as its owner, which is what the administrator edits.
    private static async Task<DependencyRecord> DescribeAsync(DbContext db, IEntityType type, int id, string field, CancellationToken cancellation)
    {
        var ownerKey = type.GetForeignKeys().FirstOrDefault(fk => fk.IsAggregatePart());
        if (ownerKey is not null)
        {
            var ownerId = await ScalarAsync<int>(db, type.ClrType, id, ownerKey.Properties[0].Name, cancellation);
            return await DescribeAsync(db, ownerKey.PrincipalEntityType, ownerId, field, cancellation);
        }

        var display = DisplayProperties.FirstOrDefault(p => type.FindProperty(p) is not null);
        var name = display is null ? $"#{id}" : await ScalarAsync<string>(db, type.ClrType, id, display, cancellation);
        return new DependencyRecord(ObjectLabels.For(type.ClrType), id, name, field);
    }

    private static Task<List<int>> IdsWhereAsync(DbContext db, Type clrType, string property, int value, CancellationToken cancellation) =>
        (Task<List<int>>)IdsWhereMethod.MakeGenericMethod(clrType).Invoke(null, [db, property, value, cancellation])!;

    private static Task<TValue> ScalarAsync<TValue>(DbContext db, Type clrType, int id, string property, CancellationToken cancellation) =>
        (Task<TValue>)ScalarMethod.MakeGenericMethod(clrType, typeof(TValue)).Invoke(null, [db, id, property, cancellation])!;

    private static readonly MethodInfo IdsWhereMethod = typeof(AggregateGraph).GetMethod(nameof(IdsWhere), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DeleteWhereMethod = typeof(AggregateGraph).GetMethod(nameof(DeleteWhere), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ScalarMethod = typeof(AggregateGraph).GetMethod(nameof(Scalar), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<List<int>> IdsWhere<T>(DbContext db, string property, int value, CancellationToken cancellation)
        where T : Entity =>
        db.Set<T>().Where(PropertyEquals<T>(property, value)).Select(e => e.Id).ToListAsync(cancellation);

    private static Task<int> DeleteWhere<T>(DbContext db, string property, int value, CancellationToken cancellation)
        where T : Entity =>
        db.Set<T>().Where(PropertyEquals<T>(property, value)).ExecuteDeleteAsync(cancellation);

    private static Task<TValue> Scalar<T, TValue>(DbContext db, int id, string property, CancellationToken cancellation)
        where T : Entity =>
        db.Set<T>().Where(e => e.Id == id).Select(e => EF.Property<TValue>(e, property)).SingleAsync(cancellation);

    private static Expression<Func<T, bool>> PropertyEquals<T>(string property, int value)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var member = Expression.Property(parameter, property);
        var probe = Expression.Property(Expression.Constant(new Probe(value)), nameof(Probe.Value));
        var body = Expression.Equal(member, Expression.Convert(probe, member.Type));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private sealed record Probe(int Value);
}
