using System.Linq.Expressions;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// Resolves the names a resource refers to (AXL refers by name, never by id) into ids, once per name, and collects
/// what cannot be read, keyed by JSON field. Names are matched exactly, then ignoring case (Unified CM's names are
/// unique whatever their case).
/// </summary>
public sealed class ReferenceNames(PortalDbContext db)
{
    private readonly Dictionary<(Type, string), int?> _ids = [];

    private readonly Dictionary<(Type, int), string> _names = [];

    private Dictionary<(string Pattern, int? PartitionId), int>? _directoryNumbers;

    private Dictionary<int, bool>? _allowedLists;

    /// <summary>
    /// Awaited before each query of its own (a name not preloaded): a bulk import's writer may be using the connection
    /// meanwhile (<see cref="Bulk.DestinationWrites"/>), and the connection serves one caller at a time.
    /// </summary>
    public Func<CancellationToken, Task>? BeforeQueryAsync { get; set; }

    /// <summary>Refusals of the resource's values, keyed by JSON field ("devicePoolName", "ringSchedule[1].startTime").</summary>
    public List<FieldError> Errors { get; } = [];

    /// <summary>The key an object of type <typeparamref name="T"/> is referred to by: its name, user id, pattern or number.</summary>
    public static Expression<Func<T, string>> KeyOf<T>()
        where T : Entity
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var property = typeof(T) == typeof(EndUser) ? nameof(EndUser.UserId)
            : typeof(T) == typeof(DirectoryNumber) ? nameof(DirectoryNumber.Pattern)
            : typeof(T) == typeof(RemoteDestination) ? nameof(RemoteDestination.DestinationNumber)
            : "Name";
        return Expression.Lambda<Func<T, string>>(Expression.Property(parameter, property), parameter);
    }

    /// <summary>The id of the object named <paramref name="name"/>; null for no name, or (with an error) for an unknown one.</summary>
    public async Task<int?> IdAsync<T>(string? name, string field, CancellationToken cancellation)
        where T : Entity
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (!_ids.TryGetValue((typeof(T), name), out var id))
        {
            await WaitForConnectionAsync(cancellation);
            id = await FindAsync(db.Set<T>(), KeyOf<T>(), name, cancellation);
            _ids[(typeof(T), name)] = id;
        }

        if (id is null)
        {
            Errors.Add(new FieldError(field, $"There is no {ObjectLabels.For<T>().ToLowerInvariant()} named '{name}'."));
        }

        return id;
    }

    /// <summary>
    /// Reads every name of <typeparamref name="T"/> in one query, so that later look-ups of stored names (thousands
    /// of rows of a bulk import) are answered without a query each; unknown names still go to the database.
    /// </summary>
    public async Task PreloadAsync<T>(CancellationToken cancellation)
        where T : Entity
    {
        var key = KeyOf<T>();
        var choice = Expression.Lambda<Func<T, Choice>>(
            Expression.New(typeof(Choice).GetConstructors()[0], Expression.Property(key.Parameters[0], nameof(Entity.Id)), key.Body), key.Parameters);
        foreach (var row in await db.Set<T>().AsNoTracking().Select(choice).ToListAsync(cancellation))
        {
            _ids.TryAdd((typeof(T), row.Name), row.Id);
            _names[(typeof(T), row.Id)] = row.Name;
        }

        if (typeof(T) == typeof(DirectoryNumber))
        {
            _directoryNumbers = (await db.DirectoryNumbers.AsNoTracking().Select(d => new { d.Pattern, d.PartitionId, d.Id }).ToListAsync(cancellation))
                .GroupBy(d => (d.Pattern, d.PartitionId)).ToDictionary(g => g.Key, g => g.Min(d => d.Id));
        }
        else if (typeof(T) == typeof(AccessList))
        {
            _allowedLists = await db.AccessLists.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.IsAllowedType, cancellation);
        }
    }

    /// <summary>The stored name of a preloaded object (<see cref="PreloadAsync"/>); null when it was not preloaded.</summary>
    public string? NameOf<T>(int id)
        where T : Entity => _names.TryGetValue((typeof(T), id), out var name) ? name : null;

    /// <summary>Makes a name known that is not stored yet (an object a bulk import has accepted but not written).</summary>
    public void Know<T>(string name, int id)
        where T : Entity
    {
        _ids[(typeof(T), name)] = id;
        _names[(typeof(T), id)] = name;
    }

    /// <summary>The id of a directory number by AXL's pair: pattern and route partition (none for the null partition).</summary>
    public async Task<int?> DirectoryNumberIdAsync(string? pattern, string? partition, string field, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            Errors.Add(new FieldError(field, "A line names its directory number's pattern."));
            return null;
        }

        var partitionId = await IdAsync<Catalogs.Partition>(partition, field, cancellation);
        if (!string.IsNullOrWhiteSpace(partition) && partitionId is null)
        {
            return null;
        }

        if (_directoryNumbers is null)
        {
            await WaitForConnectionAsync(cancellation);
        }

        var id = _directoryNumbers is not null
            ? _directoryNumbers.TryGetValue((pattern, partitionId), out var known) ? known : (int?)null
            : await db.DirectoryNumbers.Where(d => d.Pattern == pattern && d.PartitionId == partitionId).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellation);
        if (id is null)
        {
            Errors.Add(new FieldError(field, $"There is no directory number {pattern} in {(partitionId is null ? "the <None> partition" : $"partition {partition}")}."));
        }

        return id;
    }

    /// <summary>The PIN stored for an end user (none for a new one): what a write that leaves the PIN out keeps.</summary>
    public async Task<string?> StoredPinAsync(int endUserId, CancellationToken cancellation)
    {
        if (endUserId == 0)
        {
            return null;
        }

        await WaitForConnectionAsync(cancellation);
        return await db.EndUsers.Where(u => u.Id == endUserId).Select(u => u.Pin).FirstOrDefaultAsync(cancellation);
    }

    /// <summary>True when the access list is an allowed list (it decides the destination's caller filter).</summary>
    public async Task<bool> IsAllowedListAsync(int accessListId, CancellationToken cancellation)
    {
        if (_allowedLists is not null && _allowedLists.TryGetValue(accessListId, out var allowed))
        {
            return allowed;
        }

        await WaitForConnectionAsync(cancellation);
        return await db.AccessLists.Where(a => a.Id == accessListId).Select(a => a.IsAllowedType).FirstOrDefaultAsync(cancellation);
    }

    /// <summary>A value the resource holds but that cannot be read (a time, a day, a subnet family).</summary>
    public void Refuse(string field, string message) => Errors.Add(new FieldError(field, message));

    private Task WaitForConnectionAsync(CancellationToken cancellation) => BeforeQueryAsync?.Invoke(cancellation) ?? Task.CompletedTask;

    private static async Task<int?> FindAsync<T>(IQueryable<T> rows, Expression<Func<T, string>> key, string name, CancellationToken cancellation)
        where T : Entity
    {
        var exact = Expression.Lambda<Func<T, bool>>(Expression.Equal(key.Body, Probe(name)), key.Parameters);
        var found = await rows.Where(exact).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellation);
        if (found is not null)
        {
            return found;
        }

        var lowered = Expression.Call(key.Body, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        var ignoringCase = Expression.Lambda<Func<T, bool>>(Expression.Equal(lowered, Probe(name.ToLowerInvariant())), key.Parameters);
        return await rows.Where(ignoringCase).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellation);
    }

    // A captured value, so that EF sends it as a parameter (one plan for every name), not as a literal.
    private static MemberExpression Probe(string value) => Expression.Property(Expression.Constant(new NameProbe(value)), nameof(NameProbe.Value));

    private sealed record NameProbe(string Value);
}
