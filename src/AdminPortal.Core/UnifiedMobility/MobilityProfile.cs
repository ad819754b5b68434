using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Mobility Profile (<c>XMobilityProfile</c>).</summary>
public sealed class MobilityProfile : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public MobileClientCallingOption MobileClientCallingOption { get; set; } = MobileClientCallingOption.DialViaOfficeReverse;

    /// <summary>Blank: the Enterprise Feature Access number is sent (SRND L1971).</summary>
    public string? DialViaOfficeReverseCallbackCallerId { get; set; }

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Description = OptionalText.Trim(Description);
        DialViaOfficeReverseCallbackCallerId = OptionalText.Trim(DialViaOfficeReverseCallbackCallerId);
    }
}
