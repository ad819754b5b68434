using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The remote destination profiles file: BAT's header (<c>REMOTE DESTINATION PROFILE NAME, DESCRIPTION, USER ID,
/// DEVICE POOL, REROUTING CSS, CSS</c>), AXL's other fields in upper case, then the lines as BAT numbers them
/// (<c>DIRECTORY NUMBER  1, ROUTE PARTITION  1</c>, two spaces). BAT's <c>LINE DESCRIPTION  n</c> is accepted and
/// not read: a line's description is its directory number's.
/// </summary>
public sealed class RemoteDestinationProfileFile : BulkFileOf<AxlRemoteDestinationProfile, RemoteDestinationProfile>
{
    private const string Lines = "lines";

    private static readonly BulkColumn Name = new("REMOTE DESTINATION PROFILE NAME") { Required = true };
    private static readonly BulkColumn Description = new("DESCRIPTION");
    private static readonly BulkColumn UserId = new("USER ID") { Field = "userId" };
    private static readonly BulkColumn DevicePool = new("DEVICE POOL");
    private static readonly BulkColumn ReroutingCss = new("REROUTING CSS") { Field = "rerouteCallingSearchSpaceName" };
    private static readonly BulkColumn Css = new("CSS") { Field = "callingSearchSpaceName" };
    private static readonly BulkColumn CgpnTransformationCss = new("CGPN TRANSFORMATION CSS");
    private static readonly BulkColumn UseDevicePoolCgpn = new("USE DEVICE POOL CGPN TRANSFORM CSS");
    private static readonly BulkColumn UserHoldMoh = new("USER HOLD MOH AUDIO SOURCE");
    private static readonly BulkColumn NetworkHoldMoh = new("NETWORK HOLD MOH AUDIO SOURCE");
    private static readonly BulkColumn Privacy = new("CALL INFO PRIVACY STATUS");
    private static readonly BulkColumn DndOption = new("DND OPTION");
    private static readonly BulkColumn DndStatus = new("DND STATUS");
    private static readonly BulkColumn IgnorePresentation = new("IGNORE PRESENTATION INDICATORS");
    private static readonly BulkColumn LinePattern = new("DIRECTORY NUMBER") { Group = Lines, Separator = "  ", Field = "lines" };
    private static readonly BulkColumn LinePartition = new("ROUTE PARTITION") { Group = Lines, Separator = "  " };
    private static readonly BulkColumn LineDescription = new("LINE DESCRIPTION") { Group = Lines, Separator = "  ", Ignored = true, Exported = false };

    public override IReadOnlyList<BulkColumn> Columns { get; } =
    [
        Name, Description, UserId, DevicePool, ReroutingCss, Css, CgpnTransformationCss, UseDevicePoolCgpn, UserHoldMoh, NetworkHoldMoh,
        Privacy, DndOption, DndStatus, IgnorePresentation, LinePattern, LinePartition, LineDescription,
    ];

    public override BulkColumn KeyColumn => Name;

    protected override IReadOnlyDictionary<string, int> GroupMinimums { get; } = new Dictionary<string, int> { [Lines] = 1 };

    protected override async Task<int> MostItemsAsync(PortalDbContext db, string group, CancellationToken cancellation) =>
        await db.RemoteDestinationProfileLines.GroupBy(l => l.RemoteDestinationProfileId).Select(g => g.Count()).OrderByDescending(c => c).FirstOrDefaultAsync(cancellation);

    protected override void Write(AxlRemoteDestinationProfile p, BulkLine line) =>
        line.Add(p.Name).Add(p.Description).Add(p.UserId).Add(p.DevicePoolName).Add(p.RerouteCallingSearchSpaceName).Add(p.CallingSearchSpaceName)
            .Add(p.CgpnTransformationCssName).Add(p.UseDevicePoolCgpnTransformCss).Add(p.UserHoldMohAudioSourceName).Add(p.NetworkHoldMohAudioSourceName)
            .Add(p.CallInfoPrivacyStatus).Add(p.DndOption).Add(p.DndStatus).Add(p.IgnorePresentationIndicators)
            .AddGroup(Lines, 2, p.Lines, (l, dn) => l.Add(dn.Pattern).Add(dn.RoutePartitionName));

    protected override AxlRemoteDestinationProfile ReadRow(BulkCells cells) => new()
    {
        Name = cells.Required(Name),
        Description = cells.Text(Description),
        UserId = cells.Text(UserId) ?? "",
        DevicePoolName = cells.Text(DevicePool) ?? "",
        RerouteCallingSearchSpaceName = cells.Text(ReroutingCss),
        CallingSearchSpaceName = cells.Text(Css),
        CgpnTransformationCssName = cells.Text(CgpnTransformationCss),
        UseDevicePoolCgpnTransformCss = cells.Bool(UseDevicePoolCgpn, true),
        UserHoldMohAudioSourceName = cells.Text(UserHoldMoh),
        NetworkHoldMohAudioSourceName = cells.Text(NetworkHoldMoh),
        CallInfoPrivacyStatus = cells.Enum(Privacy, PrivacySetting.Default),
        DndOption = cells.Enum(DndOption, DoNotDisturbOption.RingerOff),
        DndStatus = cells.Bool(DndStatus, false),
        IgnorePresentationIndicators = cells.Bool(IgnorePresentation, false),
        Lines = BulkLines.Read(cells, this, Lines, LinePattern, LinePartition),
    };
}
