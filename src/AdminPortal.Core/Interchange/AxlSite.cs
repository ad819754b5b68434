using System.Linq.Expressions;
using AdminPortal.Core.DeviceMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>A site (a portal object: Unified CM has none; the design guide reasons in sites), named as AXL would.</summary>
public sealed record AxlSite : IAxlResource<AxlSite, Site>
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The digits users dial for an outside line, e.g. 9.</summary>
    public string? PstnAccessCode { get; init; }

    /// <summary>The site's one physical location (R1).</summary>
    public string? PhysicalLocationName { get; init; }

    public static Expression<Func<Site, string>> Key => s => s.Name;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["name"] = (Expression<Func<Site, string>>)(s => s.Name),
        ["physicalLocationName"] = (Expression<Func<Site, string?>>)(s => s.PhysicalLocation!.Name),
    };

    public static IQueryable<Site> Including(IQueryable<Site> query) => query.Include(s => s.PhysicalLocation);

    public static AxlSite From(Site s) => new()
    {
        Id = s.Id,
        Name = s.Name,
        Description = s.Description,
        PstnAccessCode = s.PstnAccessCode,
        PhysicalLocationName = s.PhysicalLocation?.Name,
    };

    public async Task<Site> ToEntityAsync(ReferenceNames names, CancellationToken cancellation) => new()
    {
        Id = Id,
        Name = Name,
        Description = Description,
        PstnAccessCode = PstnAccessCode,
        PhysicalLocationId = await names.IdAsync<PhysicalLocation>(PhysicalLocationName, "physicalLocationName", cancellation),
    };

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(Site.Name)] = "name",
        [nameof(Site.Description)] = "description",
        [nameof(Site.PstnAccessCode)] = "pstnAccessCode",
        [nameof(Site.PhysicalLocationId)] = "physicalLocationName",
    };
}
