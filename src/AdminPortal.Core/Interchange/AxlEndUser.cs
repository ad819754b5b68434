using System.Linq.Expressions;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// An end user as AXL's <c>XUser</c> names its mobility part. The PIN is write-only: never read back, and kept as
/// stored when a write leaves it out (null clears it).
/// </summary>
public sealed record AxlEndUser : IAxlResource<AxlEndUser, EndUser>
{
    public int Id { get; init; }

    public required string Userid { get; init; }

    public string? FirstName { get; init; }

    public required string LastName { get; init; }

    public string? Mailid { get; init; }

    public string? TelephoneNumber { get; init; }

    public string? MobileNumber { get; init; }

    /// <summary>Write-only; see the type's remarks.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public AxlSecret Pin { get; init; }

    public bool EnableMobility { get; init; }

    public bool EnableMobileVoiceAccess { get; init; }

    public int MaxDeskPickupWaitTime { get; init; } = EndUser.DefaultMaxDeskPickupWaitTime;

    public int RemoteDestinationLimit { get; init; } = EndUser.DefaultRemoteDestinationLimit;

    /// <summary>One of the user's phones (a portal field: the Primary User Device of the End User page).</summary>
    public string? PrimaryDeviceName { get; init; }

    public static Expression<Func<EndUser, string>> Key => u => u.UserId;

    public static IReadOnlyDictionary<string, LambdaExpression> SortKeys { get; } = new Dictionary<string, LambdaExpression>
    {
        ["userid"] = (Expression<Func<EndUser, string>>)(u => u.UserId),
        ["lastName"] = (Expression<Func<EndUser, string>>)(u => u.LastName),
        ["firstName"] = (Expression<Func<EndUser, string?>>)(u => u.FirstName),
    };

    public static IQueryable<EndUser> Including(IQueryable<EndUser> query) => query.Include(u => u.PrimaryDevice);

    public static AxlEndUser From(EndUser u) => new()
    {
        Id = u.Id,
        Userid = u.UserId,
        FirstName = u.FirstName,
        LastName = u.LastName,
        Mailid = u.MailId,
        TelephoneNumber = u.TelephoneNumber,
        MobileNumber = u.MobileNumber,
        EnableMobility = u.EnableMobility,
        EnableMobileVoiceAccess = u.EnableMobileVoiceAccess,
        MaxDeskPickupWaitTime = u.MaxDeskPickupWaitTime,
        RemoteDestinationLimit = u.RemoteDestinationLimit,
        PrimaryDeviceName = u.PrimaryDevice?.Name,
    };

    public async Task<EndUser> ToEntityAsync(ReferenceNames names, CancellationToken cancellation) => new()
    {
        Id = Id,
        UserId = Userid,
        FirstName = FirstName,
        LastName = LastName,
        MailId = Mailid,
        TelephoneNumber = TelephoneNumber,
        MobileNumber = MobileNumber,
        Pin = Pin.IsUnchanged ? await names.StoredPinAsync(Id, cancellation) : Pin.Value,
        EnableMobility = EnableMobility,
        EnableMobileVoiceAccess = EnableMobileVoiceAccess,
        MaxDeskPickupWaitTime = MaxDeskPickupWaitTime,
        RemoteDestinationLimit = RemoteDestinationLimit,
        PrimaryDeviceId = await names.IdAsync<Phone>(PrimaryDeviceName, "primaryDeviceName", cancellation),
    };

    public string FieldOf(string propertyPath) => AxlFields.Map(propertyPath, Fields);

    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(EndUser.UserId)] = "userid",
        [nameof(EndUser.FirstName)] = "firstName",
        [nameof(EndUser.LastName)] = "lastName",
        [nameof(EndUser.MailId)] = "mailid",
        [nameof(EndUser.TelephoneNumber)] = "telephoneNumber",
        [nameof(EndUser.MobileNumber)] = "mobileNumber",
        [nameof(EndUser.Pin)] = "pin",
        [nameof(EndUser.EnableMobility)] = "enableMobility",
        [nameof(EndUser.EnableMobileVoiceAccess)] = "enableMobileVoiceAccess",
        [nameof(EndUser.MaxDeskPickupWaitTime)] = "maxDeskPickupWaitTime",
        [nameof(EndUser.RemoteDestinationLimit)] = "remoteDestinationLimit",
        [nameof(EndUser.PrimaryDeviceId)] = "primaryDeviceName",
    };
}
