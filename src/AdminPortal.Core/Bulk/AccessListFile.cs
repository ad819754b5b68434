using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The access lists file (AXL's <c>XCallerFilterList</c> names in upper case), its members as the numbered group
/// <c>CALLER FILTER MASK 1, DN MASK 1</c>, ….
/// </summary>
public sealed class AccessListFile : BulkFileOf<AxlAccessList, AccessList>
{
    private const string Members = "members";

    private static readonly BulkColumn Name = new("ACCESS LIST NAME") { Required = true };
    private static readonly BulkColumn Description = new("DESCRIPTION");
    private static readonly BulkColumn IsAllowed = new("IS ALLOWED TYPE");
    private static readonly BulkColumn Owner = new("END USER ID NAME");
    private static readonly BulkColumn FilterMask = new("CALLER FILTER MASK") { Group = Members, Field = "members" };
    private static readonly BulkColumn DnMask = new("DN MASK") { Group = Members };

    public override IReadOnlyList<BulkColumn> Columns { get; } = [Name, Description, IsAllowed, Owner, FilterMask, DnMask];

    public override BulkColumn KeyColumn => Name;

    protected override IReadOnlyDictionary<string, int> GroupMinimums { get; } = new Dictionary<string, int> { [Members] = 1 };

    protected override async Task<int> MostItemsAsync(PortalDbContext db, string group, CancellationToken cancellation) =>
        await db.AccessListMembers.GroupBy(m => m.AccessListId).Select(g => g.Count()).OrderByDescending(c => c).FirstOrDefaultAsync(cancellation);

    protected override void Write(AxlAccessList a, BulkLine line) =>
        line.Add(a.Name).Add(a.Description).Add(a.IsAllowedType).Add(a.EndUserIdName)
            .AddGroup(Members, 2, a.Members, (l, m) => l.Add(m.CallerFilterMask).Add(m.DnMask));

    protected override AxlAccessList ReadRow(BulkCells cells) => new()
    {
        Name = cells.Required(Name),
        Description = cells.Text(Description),
        IsAllowedType = cells.Bool(IsAllowed, false),
        EndUserIdName = cells.Text(Owner) ?? "",
        Members = [.. cells.Items(this, Members).Select(n => new AxlAccessListMember
        {
            CallerFilterMask = cells.Enum(FilterMask, AccessListFilterType.DirectoryNumber, n),
            DnMask = cells.Text(DnMask, n),
        })],
    };
}
