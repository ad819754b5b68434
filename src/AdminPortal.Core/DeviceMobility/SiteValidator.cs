using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.DeviceMobility;

public sealed class SiteValidator : PortalValidator<Site>
{
    public SiteValidator(PortalDbContext db)
    {
        RuleFor(s => s.Name).ValidName().UniqueIn(db.Sites, s => s.Name);
        RuleFor(s => s.Description).ValidDescription();
        RuleFor(s => s.PstnAccessCode)
            .Matches("^[0-9*#]{1,10}$").WithMessage("PSTN Access Code is 1-10 of the digits 0-9, * and #.")
            .When(s => !string.IsNullOrEmpty(s.PstnAccessCode));
        RuleFor(s => s.PhysicalLocationId).ExistsWhenSet(db.PhysicalLocations, "Physical Location");
    }
}
