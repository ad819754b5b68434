using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class PhoneValidator : PortalValidator<Phone>
{
    public PhoneValidator(PortalDbContext db)
    {
        RuleFor(p => p.Name)
            .NotEmpty().WithMessage("Device Name is required.")
            .Matches($@"^[A-Za-z0-9_.\-]{{1,{TextLimits.Name}}}$").WithMessage($"Device Name is 1-{TextLimits.Name} letters, digits and . _ - (for example SEP001122334455 or BOTJSMITH).")
            .UniqueIn(db.Phones, p => p.Name, "Device Name");
        RuleFor(p => p.Description).ValidDescription();
        RuleFor(p => p.DeviceType).IsDefinedValue();
        RuleFor(p => p.DeviceType)
            .MustAsync(async (p, type, ct) => p.Id == 0 || DualModeSmartphones.Is(type) || !await db.RemoteDestinations.AnyAsync(r => r.DualModeDeviceId == p.Id, ct))
            .WithRule(DesignRules.R9, p => $"{p.Name} has a mobility identity, which only Cisco Dual Mode for iPhone or Android devices can have; delete the mobility identity before changing the device type.");
        RuleFor(p => p.DevicePoolId).Exists(db.DevicePools, "Device Pool");
        RuleFor(p => p.OwnerId).ExistsWhenSet(db.EndUsers, "Owner User ID");
        RuleFor(p => p.EmergencyNumbers).Must(PhoneNumbers.IsNumberList!)
            .WithMessage("Emergency Numbers is a comma-separated list of numbers, e.g. 911,999,112.")
            .When(p => !string.IsNullOrEmpty(p.EmergencyNumbers));
        RuleFor(p => p.Lines)
            .Must(lines => lines.Select(l => l.DirectoryNumberId).Distinct().Count() == lines.Count)
            .WithMessage("A directory number can be on only one line of a phone.");
        RuleForEach(p => p.Lines).ChildRules(line => line.RuleFor(l => l.DirectoryNumberId).Exists(db.DirectoryNumbers, "Directory Number"));
    }
}
