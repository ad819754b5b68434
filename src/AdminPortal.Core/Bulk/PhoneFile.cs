using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The phones file, BAT's phone names where BAT has them (<c>DEVICE NAME</c>, <c>DEVICE POOL</c>,
/// <c>OWNER USER ID</c>, lines as <c>DIRECTORY NUMBER  1</c>, <c>ROUTE PARTITION  1</c> with BAT's two spaces), AXL's
/// in upper case elsewhere.
/// </summary>
public sealed class PhoneFile : BulkFileOf<AxlPhone, Phone>
{
    private const string Lines = "lines";

    private static readonly BulkColumn Name = new("DEVICE NAME") { Required = true };
    private static readonly BulkColumn Description = new("DESCRIPTION");
    private static readonly BulkColumn Product = new("PRODUCT");
    private static readonly BulkColumn DevicePool = new("DEVICE POOL");
    private static readonly BulkColumn MobilityMode = new("DEVICE MOBILITY MODE");
    private static readonly BulkColumn Owner = new("OWNER USER ID");
    private static readonly BulkColumn EmergencyNumbers = new("EMERGENCY NUMBERS");
    private static readonly BulkColumn LinePattern = new("DIRECTORY NUMBER") { Group = Lines, Separator = "  ", Field = "lines" };
    private static readonly BulkColumn LinePartition = new("ROUTE PARTITION") { Group = Lines, Separator = "  " };

    public override IReadOnlyList<BulkColumn> Columns { get; } = [Name, Description, Product, DevicePool, MobilityMode, Owner, EmergencyNumbers, LinePattern, LinePartition];

    public override BulkColumn KeyColumn => Name;

    protected override IReadOnlyDictionary<string, int> GroupMinimums { get; } = new Dictionary<string, int> { [Lines] = 1 };

    protected override async Task<int> MostItemsAsync(PortalDbContext db, string group, CancellationToken cancellation) =>
        await db.PhoneLines.GroupBy(l => l.PhoneId).Select(g => g.Count()).OrderByDescending(c => c).FirstOrDefaultAsync(cancellation);

    protected override void Write(AxlPhone p, BulkLine line) =>
        line.Add(p.Name).Add(p.Description).Add(p.Product).Add(p.DevicePoolName).Add(p.DeviceMobilityMode).Add(p.OwnerUserName).Add(p.EmergencyNumbers)
            .AddGroup(Lines, 2, p.Lines, (l, dn) => l.Add(dn.Pattern).Add(dn.RoutePartitionName));

    protected override AxlPhone ReadRow(BulkCells cells)
    {
        var product = cells.Text(Product);
        if (product is null)
        {
            cells.Refuse(Product, 0, "", $"{Product.Header} is required.");
        }

        return new()
        {
            Name = cells.Required(Name),
            Description = cells.Text(Description),
            Product = cells.Enum(Product, default(DeviceType)),
            DevicePoolName = cells.Text(DevicePool) ?? "",
            DeviceMobilityMode = cells.Enum(MobilityMode, DeviceMobilityMode.Default),
            OwnerUserName = cells.Text(Owner),
            EmergencyNumbers = cells.Text(EmergencyNumbers),
            Lines = BulkLines.Read(cells, this, Lines, LinePattern, LinePartition),
        };
    }
}
