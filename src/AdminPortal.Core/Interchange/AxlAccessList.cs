using System.Linq.Expressions;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>An access list as AXL's <c>XCallerFilterList</c> names it, its members flattened.</summary>
public sealed record AxlAccessList : IAxlResource<AxlAccessList, AccessList>
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Allowed list when true; Blocked (the default) when false.</summary>
    public bool IsAllowedType { get; init; }

    /// <summary>The owner's user id.</summary>
    public required string EndUserIdName { get; init; }

    public IReadOnlyList<AxlAccessListMember> Members { get; init; } = [];

    public static Expression<Func<AccessList, string>> Key => a => a.Name;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["name"] = (Expression<Func<AccessList, string>>)(a => a.Name),
        ["endUserIdName"] = (Expression<Func<AccessList, string>>)(a => a.Owner!.UserId),
    };

    public static IQueryable<AccessList> Including(IQueryable<AccessList> query) => query.Include(a => a.Owner).Include(a => a.Members);

    public static AxlAccessList From(AccessList a) => new()
    {
        Id = a.Id,
        Name = a.Name,
        Description = a.Description,
        IsAllowedType = a.IsAllowedType,
        EndUserIdName = a.Owner?.UserId ?? "",
        Members = [.. a.Members.OrderBy(m => m.Id).Select(m => new AxlAccessListMember { CallerFilterMask = m.FilterType, DnMask = m.NumberMask })],
    };

    public async Task<AccessList> ToEntityAsync(ReferenceNames names, CancellationToken cancellation) => new()
    {
        Id = Id,
        Name = Name,
        Description = Description,
        IsAllowedType = IsAllowedType,
        OwnerId = await names.IdAsync<EndUser>(EndUserIdName, "endUserIdName", cancellation) ?? 0,
        Members = [.. Members.Select(m => new AccessListMember { FilterType = m.CallerFilterMask, NumberMask = m.DnMask })],
    };

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(AccessList.Name)] = "name",
        [nameof(AccessList.Description)] = "description",
        [nameof(AccessList.IsAllowedType)] = "isAllowedType",
        [nameof(AccessList.OwnerId)] = "endUserIdName",
        [nameof(AccessList.Members)] = "members",
    };
}
