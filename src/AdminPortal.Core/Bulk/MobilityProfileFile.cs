using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Bulk;

/// <summary>The mobility profiles file (AXL's names in upper case).</summary>
public sealed class MobilityProfileFile : BulkFileOf<AxlMobilityProfile, MobilityProfile>
{
    private static readonly BulkColumn Name = new("MOBILITY PROFILE NAME") { Required = true };
    private static readonly BulkColumn Description = new("DESCRIPTION");
    private static readonly BulkColumn CallingOption = new("MOBILE CLIENT CALLING OPTION");
    private static readonly BulkColumn DvorCallerId = new("DVOR CALLER ID");

    public override IReadOnlyList<BulkColumn> Columns { get; } = [Name, Description, CallingOption, DvorCallerId];

    public override BulkColumn KeyColumn => Name;

    protected override void Write(AxlMobilityProfile resource, BulkLine line) =>
        line.Add(resource.Name).Add(resource.Description).Add(resource.MobileClientCallingOption).Add(resource.DvorCallerId);

    protected override AxlMobilityProfile ReadRow(BulkCells cells) => new()
    {
        Name = cells.Required(Name),
        Description = cells.Text(Description),
        MobileClientCallingOption = cells.Enum(CallingOption, MobileClientCallingOption.DialViaOfficeReverse),
        DvorCallerId = cells.Text(DvorCallerId),
    };
}
