using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class AccessListValidator : PortalValidator<AccessList>
{
    public AccessListValidator(PortalDbContext db)
    {
        RuleFor(a => a.Name).ValidName().UniqueIn(db.AccessLists, a => a.Name);
        RuleFor(a => a.Description).ValidDescription(TextLimits.AccessListDescription);
        RuleFor(a => a.OwnerId).Exists(db.EndUsers, "Owner");
        RuleFor(a => a.Members)
            .Must(m => m.Select(x => (x.FilterType, x.NumberMask)).Distinct().Count() == m.Count)
            .WithMessage("A member can appear only once in an access list.");
        RuleFor(a => a.IsAllowedType)
            .MustAsync(async (a, allowed, ct) => a.Id == 0 || !await db.RemoteDestinations.AnyAsync(r => r.AccessListId == a.Id
                && r.CallerFilter != (allowed ? CallerFilterMode.RingOnlyIfCallerInAllowedList : CallerFilterMode.DoNotRingIfCallerInBlockedList), ct))
            .WithMessage("Remote destinations use this list as the other type; change them before switching Allowed/Blocked.");
        RuleForEach(a => a.Members).ChildRules(member =>
        {
            member.RuleFor(m => m.FilterType).IsDefinedValue();
            member.RuleFor(m => m.NumberMask)
                .Must(NumberMask.IsWellFormed).When(m => m.FilterType == AccessListFilterType.DirectoryNumber)
                .WithMessage(m => $"'{m.NumberMask}' is not a number mask: use digits and X wildcards, with + only as the first character (e.g. +1408555XXXX).");
            member.RuleFor(m => m.NumberMask)
                .Empty().When(m => m.FilterType != AccessListFilterType.DirectoryNumber)
                .WithMessage("Only a Directory Number filter has a number mask.");
        });
    }
}
