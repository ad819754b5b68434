using System.Linq.Expressions;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// An object that is a name and a description: a physical location (<c>XPhysicalLocation</c>), a device mobility
/// group (<c>XDeviceMobilityGroup</c>) and each catalog a device pool or a profile refers to.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "They implement IAxlResource's static abstract members, which generic code calls through the interface.")]
public sealed record AxlNamedObject<T> : IAxlResource<AxlNamedObject<T>, T>
    where T : NamedEntity, new()
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public static Expression<Func<T, string>> Key => e => e.Name;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["name"] = (Expression<Func<T, string>>)(e => e.Name),
        ["description"] = (Expression<Func<T, string?>>)(e => e.Description),
    };

    public static IQueryable<T> Including(IQueryable<T> query) => query;

    public static AxlNamedObject<T> From(T entity) => new() { Id = entity.Id, Name = entity.Name, Description = entity.Description };

    public Task<T> ToEntityAsync(ReferenceNames names, CancellationToken cancellation) =>
        Task.FromResult(new T { Id = Id, Name = Name, Description = Description });

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new() { [nameof(NamedEntity.Name)] = "name", [nameof(NamedEntity.Description)] = "description" };
}
