using System.Linq.Expressions;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>A directory number as AXL's <c>XLine</c> keys it: pattern and route partition.</summary>
public sealed record AxlDirectoryNumber : IAxlResource<AxlDirectoryNumber, DirectoryNumber>
{
    public int Id { get; init; }

    public required string Pattern { get; init; }

    public string? RoutePartitionName { get; init; }

    public string? Description { get; init; }

    public static Expression<Func<DirectoryNumber, string>> Key => d => d.Pattern;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["pattern"] = (Expression<Func<DirectoryNumber, string>>)(d => d.Pattern),
        ["routePartitionName"] = (Expression<Func<DirectoryNumber, string?>>)(d => d.Partition!.Name),
    };

    public static IQueryable<DirectoryNumber> Including(IQueryable<DirectoryNumber> query) => query.Include(d => d.Partition);

    public static AxlDirectoryNumber From(DirectoryNumber d) => new() { Id = d.Id, Pattern = d.Pattern, RoutePartitionName = d.Partition?.Name, Description = d.Description };

    public async Task<DirectoryNumber> ToEntityAsync(ReferenceNames names, CancellationToken cancellation) => new()
    {
        Id = Id,
        Pattern = Pattern,
        PartitionId = await names.IdAsync<Partition>(RoutePartitionName, "routePartitionName", cancellation),
        Description = Description,
    };

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(DirectoryNumber.Pattern)] = "pattern",
        [nameof(DirectoryNumber.PartitionId)] = "routePartitionName",
        [nameof(DirectoryNumber.Description)] = "description",
    };
}
