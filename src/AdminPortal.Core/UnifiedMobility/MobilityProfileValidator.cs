using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class MobilityProfileValidator : PortalValidator<MobilityProfile>
{
    public MobilityProfileValidator(PortalDbContext db)
    {
        RuleFor(m => m.Name).ValidName().UniqueIn(db.MobilityProfiles, m => m.Name);
        RuleFor(m => m.Description).ValidDescription();
        RuleFor(m => m.MobileClientCallingOption).IsDefinedValue();
        RuleFor(m => m.DialViaOfficeReverseCallbackCallerId)
            .Matches(@"^\+?[0-9]{1,24}$").When(m => !string.IsNullOrEmpty(m.DialViaOfficeReverseCallbackCallerId))
            .WithMessage("Dial-via-Office Reverse Callback Caller ID is 1-24 digits with an optional leading +, or blank for the Enterprise Feature Access number.");
    }
}
