using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The end users file: BAT's Update Users names for the mobility columns (<c>REMOTE DESTINATION LIMIT</c>,
/// <c>MAXIMUM WAIT TIME FOR DESK PICKUP</c>, <c>ENABLE MOBILITY</c>, <c>ENABLE MOBILE VOICE ACCESS</c>). PINs and
/// passwords never travel in a file: a PIN or PASSWORD column is refused, and an import keeps the stored PIN.
/// </summary>
public sealed class EndUserFile : BulkFileOf<AxlEndUser, EndUser>
{
    private static readonly BulkColumn UserId = new("USER ID") { Required = true, Field = "userid" };
    private static readonly BulkColumn FirstName = new("FIRST NAME");
    private static readonly BulkColumn LastName = new("LAST NAME");
    private static readonly BulkColumn Mail = new("MAIL ID");
    private static readonly BulkColumn Telephone = new("TELEPHONE NUMBER");
    private static readonly BulkColumn Mobile = new("MOBILE NUMBER");
    private static readonly BulkColumn PrimaryDevice = new("PRIMARY USER DEVICE") { Field = "primaryDeviceName" };
    private static readonly BulkColumn Limit = new("REMOTE DESTINATION LIMIT");
    private static readonly BulkColumn DeskPickup = new("MAXIMUM WAIT TIME FOR DESK PICKUP") { Field = "maxDeskPickupWaitTime" };
    private static readonly BulkColumn Mobility = new("ENABLE MOBILITY");
    private static readonly BulkColumn VoiceAccess = new("ENABLE MOBILE VOICE ACCESS");

    public override IReadOnlyList<BulkColumn> Columns { get; } = [UserId, FirstName, LastName, Mail, Telephone, Mobile, PrimaryDevice, Limit, DeskPickup, Mobility, VoiceAccess];

    public override BulkColumn KeyColumn => UserId;

    public override IReadOnlyDictionary<string, string> RefusedColumns { get; } = new Dictionary<string, string>
    {
        ["PIN"] = SecretsStayOut,
        ["PASSWORD"] = SecretsStayOut,
    };

    private const string SecretsStayOut = "PINs and passwords never travel in a file: remove the column, and set them on the End User page or through the API.";

    protected override void Write(AxlEndUser u, BulkLine line) =>
        line.Add(u.Userid).Add(u.FirstName).Add(u.LastName).Add(u.Mailid).Add(u.TelephoneNumber).Add(u.MobileNumber).Add(u.PrimaryDeviceName)
            .Add(u.RemoteDestinationLimit).Add(u.MaxDeskPickupWaitTime).Add(u.EnableMobility).Add(u.EnableMobileVoiceAccess);

    protected override AxlEndUser ReadRow(BulkCells cells) => new()
    {
        Userid = cells.Required(UserId),
        FirstName = cells.Text(FirstName),
        LastName = cells.Text(LastName) ?? "",
        Mailid = cells.Text(Mail),
        TelephoneNumber = cells.Text(Telephone),
        MobileNumber = cells.Text(Mobile),
        PrimaryDeviceName = cells.Text(PrimaryDevice),
        RemoteDestinationLimit = cells.Number(Limit, EndUser.DefaultRemoteDestinationLimit),
        MaxDeskPickupWaitTime = cells.Number(DeskPickup, EndUser.DefaultMaxDeskPickupWaitTime),
        EnableMobility = cells.Bool(Mobility, false),
        EnableMobileVoiceAccess = cells.Bool(VoiceAccess, false),
        Pin = AxlSecret.Unchanged,
    };
}
