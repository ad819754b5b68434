using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class RemoteDestinationProfileValidator : PortalValidator<RemoteDestinationProfile>
{
    public RemoteDestinationProfileValidator(PortalDbContext db)
    {
        RuleFor(p => p.Name).ValidName().UniqueIn(db.RemoteDestinationProfiles, p => p.Name);
        RuleFor(p => p.Description).ValidDescription();
        RuleFor(p => p.UserId).Exists(db.EndUsers, "User ID");
        RuleFor(p => p.DevicePoolId).Exists(db.DevicePools, "Device Pool");
        RuleFor(p => p.CallingSearchSpaceId).ExistsWhenSet(db.CallingSearchSpaces, "Calling Search Space");
        RuleFor(p => p.ReroutingCallingSearchSpaceId).ExistsWhenSet(db.CallingSearchSpaces, "Rerouting Calling Search Space");
        RuleFor(p => p.CallingPartyTransformationCssId).ExistsWhenSet(db.CallingSearchSpaces, "Calling Party Transformation CSS");
        RuleFor(p => p.UserHoldMohAudioSourceId).ExistsWhenSet(db.MohAudioSources, "User Hold MOH Audio Source");
        RuleFor(p => p.NetworkHoldMohAudioSourceId).ExistsWhenSet(db.MohAudioSources, "Network Hold MOH Audio Source");
        RuleFor(p => p.Lines)
            .Must(lines => lines.Select(l => l.DirectoryNumberId).Distinct().Count() == lines.Count)
            .WithMessage("A directory number can be on only one line of a profile.");
        RuleForEach(p => p.Lines).ChildRules(line => line.RuleFor(l => l.DirectoryNumberId).Exists(db.DirectoryNumbers, "Directory Number"));
    }
}
