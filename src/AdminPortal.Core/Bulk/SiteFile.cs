using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Core.Bulk;

/// <summary>The sites file (a portal object; AXL's names in upper case): <c>SITE NAME, DESCRIPTION, PSTN ACCESS CODE, PHYSICAL LOCATION NAME</c>.</summary>
public sealed class SiteFile : BulkFileOf<AxlSite, Site>
{
    private static readonly BulkColumn Name = new("SITE NAME") { Required = true };
    private static readonly BulkColumn Description = new("DESCRIPTION");
    private static readonly BulkColumn PstnAccessCode = new("PSTN ACCESS CODE");
    private static readonly BulkColumn PhysicalLocation = new("PHYSICAL LOCATION NAME");

    public override IReadOnlyList<BulkColumn> Columns { get; } = [Name, Description, PstnAccessCode, PhysicalLocation];

    public override BulkColumn KeyColumn => Name;

    protected override void Write(AxlSite resource, BulkLine line) =>
        line.Add(resource.Name).Add(resource.Description).Add(resource.PstnAccessCode).Add(resource.PhysicalLocationName);

    protected override AxlSite ReadRow(BulkCells cells) => new()
    {
        Name = cells.Required(Name),
        Description = cells.Text(Description),
        PstnAccessCode = cells.Text(PstnAccessCode),
        PhysicalLocationName = cells.Text(PhysicalLocation),
    };
}
