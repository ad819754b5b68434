using System.Linq.Expressions;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>A phone as AXL's <c>XPhone</c> names what mobility needs of it; its lines by pattern and partition.</summary>
public sealed record AxlPhone : IAxlResource<AxlPhone, Phone>
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The phone type, as Unified CM's product names it (e.g. Cisco Dual Mode for iPhone).</summary>
    public required DeviceType Product { get; init; }

    /// <summary>The phone's home device pool.</summary>
    public required string DevicePoolName { get; init; }

    public DeviceMobilityMode DeviceMobilityMode { get; init; } = DeviceMobilityMode.Default;

    public string? OwnerUserName { get; init; }

    /// <summary>Comma-separated numbers a dual-mode phone dials over the cellular network (a portal field, SRND L2198).</summary>
    public string? EmergencyNumbers { get; init; }

    public IReadOnlyList<AxlLine> Lines { get; init; } = [];

    public static Expression<Func<Phone, string>> Key => p => p.Name;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["name"] = (Expression<Func<Phone, string>>)(p => p.Name),
        ["devicePoolName"] = (Expression<Func<Phone, string>>)(p => p.DevicePool!.Name),
        ["ownerUserName"] = (Expression<Func<Phone, string?>>)(p => p.Owner!.UserId),
    };

    public static IQueryable<Phone> Including(IQueryable<Phone> query) =>
        query.Include(p => p.DevicePool).Include(p => p.Owner).Include(p => p.Lines).ThenInclude(l => l.DirectoryNumber!).ThenInclude(d => d.Partition);

    public static AxlPhone From(Phone p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Description = p.Description,
        Product = p.DeviceType,
        DevicePoolName = p.DevicePool?.Name ?? "",
        DeviceMobilityMode = p.DeviceMobilityMode,
        OwnerUserName = p.Owner?.UserId,
        EmergencyNumbers = p.EmergencyNumbers,
        Lines = [.. p.Lines.OrderBy(l => l.LineIndex).Select(l => new AxlLine { Pattern = l.DirectoryNumber!.Pattern, RoutePartitionName = l.DirectoryNumber.Partition?.Name })],
    };

    public async Task<Phone> ToEntityAsync(ReferenceNames names, CancellationToken cancellation)
    {
        var phone = new Phone
        {
            Id = Id,
            Name = Name,
            Description = Description,
            DeviceType = Product,
            DevicePoolId = await names.IdAsync<DevicePool>(DevicePoolName, "devicePoolName", cancellation) ?? 0,
            DeviceMobilityMode = DeviceMobilityMode,
            OwnerId = await names.IdAsync<EndUser>(OwnerUserName, "ownerUserName", cancellation),
            EmergencyNumbers = EmergencyNumbers,
        };
        for (var i = 0; i < Lines.Count; i++)
        {
            if (await names.DirectoryNumberIdAsync(Lines[i].Pattern, Lines[i].RoutePartitionName, $"lines[{i}]", cancellation) is int line)
            {
                phone.Lines.Add(new PhoneLine { DirectoryNumberId = line });
            }
        }

        return phone;
    }

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(Phone.Name)] = "name",
        [nameof(Phone.Description)] = "description",
        [nameof(Phone.DeviceType)] = "product",
        [nameof(Phone.DevicePoolId)] = "devicePoolName",
        [nameof(Phone.DeviceMobilityMode)] = "deviceMobilityMode",
        [nameof(Phone.OwnerId)] = "ownerUserName",
        [nameof(Phone.EmergencyNumbers)] = "emergencyNumbers",
        [nameof(Phone.Lines)] = "lines",
    };
}
