using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>End User (<c>XUser</c>), the mobility part.</summary>
public sealed class EndUser : Entity
{
    public const int DefaultMaxDeskPickupWaitTime = 10000;
    public const int DefaultRemoteDestinationLimit = 4;

    public string UserId { get; set; } = "";

    public string? FirstName { get; set; }

    public string LastName { get; set; } = "";

    public string? MailId { get; set; }

    public string? TelephoneNumber { get; set; }

    public string? MobileNumber { get; set; }

    /// <summary>Numeric PIN used by Mobile Voice Access and Enterprise Feature Access.</summary>
    public string? Pin { get; set; }

    public bool EnableMobility { get; set; }

    public bool EnableMobileVoiceAccess { get; set; }

    /// <summary>Milliseconds, 0 to <see cref="Rules.DesignRules.MaxDeskPickupWaitTimeMs"/> (R7, SRND L926).</summary>
    public int MaxDeskPickupWaitTime { get; set; } = DefaultMaxDeskPickupWaitTime;

    /// <summary><see cref="Rules.DesignRules.MinRemoteDestinationLimit"/> to <see cref="Rules.DesignRules.MaxRemoteDestinationLimit"/> (R7, AXL).</summary>
    public int RemoteDestinationLimit { get; set; } = DefaultRemoteDestinationLimit;

    public int? PrimaryDeviceId { get; set; }

    public Phone? PrimaryDevice { get; set; }

    public override void Normalize()
    {
        UserId = UserId?.Trim() ?? "";
        LastName = LastName?.Trim() ?? "";
        FirstName = OptionalText.Trim(FirstName);
        MailId = OptionalText.Trim(MailId);
        TelephoneNumber = OptionalText.Trim(TelephoneNumber);
        MobileNumber = OptionalText.Trim(MobileNumber);
        Pin = OptionalText.Trim(Pin);
    }
}
