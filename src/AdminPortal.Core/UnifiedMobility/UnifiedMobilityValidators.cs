using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class EndUserValidator : PortalValidator<EndUser>
{
    public EndUserValidator(PortalDbContext db)
    {
        RuleFor(u => u.UserId)
            .NotEmpty().WithMessage("User ID is required.")
            .MaximumLength(TextLimits.Name).WithMessage($"User ID can be at most {TextLimits.Name} characters.")
            .Matches(@"^[A-Za-z0-9._@\-]+$").WithMessage("User ID may contain only letters, digits and . _ @ -")
            .UniqueIn(db.EndUsers, u => u.UserId, "User ID");
        RuleFor(u => u.LastName)
            .NotEmpty().WithMessage("Last Name is required.")
            .MaximumLength(TextLimits.PersonName).WithMessage($"Last Name can be at most {TextLimits.PersonName} characters.");
        RuleFor(u => u.FirstName).MaximumLength(TextLimits.PersonName).WithMessage($"First Name can be at most {TextLimits.PersonName} characters.");
        RuleFor(u => u.MailId).EmailAddress().WithMessage("Mail ID must be an e-mail address.").MaximumLength(TextLimits.Mail)
            .When(u => !string.IsNullOrEmpty(u.MailId));
        RuleFor(u => u.TelephoneNumber).Must(PhoneNumbers.IsDialable!).WithMessage("Telephone Number may contain digits, an optional leading +, spaces and - ( ).")
            .When(u => !string.IsNullOrEmpty(u.TelephoneNumber));
        RuleFor(u => u.MobileNumber).Must(PhoneNumbers.IsDialable!).WithMessage("Mobile Number may contain digits, an optional leading +, spaces and - ( ).")
            .When(u => !string.IsNullOrEmpty(u.MobileNumber));
        RuleFor(u => u.Pin).Matches("^[0-9]{4,20}$").WithMessage("PIN is 4-20 digits (Mobile Voice Access and Enterprise Feature Access authenticate with it).")
            .When(u => !string.IsNullOrEmpty(u.Pin));
        RuleFor(u => u.MaxDeskPickupWaitTime).InclusiveBetween(0, 30000)
            .WithRule(DesignRules.R7, "Maximum Wait Time for Desk Pickup is 0-30000 milliseconds.");
        RuleFor(u => u.RemoteDestinationLimit).InclusiveBetween(1, DesignRules.MaxRemoteDestinationLimit)
            .WithRule(DesignRules.R7, "Remote Destination Limit is 1-10.");
        RuleFor(u => u.RemoteDestinationLimit).CustomAsync(async (limit, context, ct) =>
        {
            var user = context.InstanceToValidate;
            if (user.Id == 0 || limit is < 1 or > DesignRules.MaxRemoteDestinationLimit)
            {
                return;
            }

            var count = await db.RemoteDestinations.CountAsync(r => r.OwnerId == user.Id && r.DualModeDeviceId == null, ct);
            if (count > limit)
            {
                context.AddRuleFailure(nameof(EndUser.RemoteDestinationLimit), DesignRules.R3,
                    $"{user.UserId} has {count} remote destinations; delete {count - limit} of them before lowering the Remote Destination Limit to {limit}.");
            }
        });
        RuleFor(u => u.PrimaryDeviceId)
            .MustAsync(async (u, id, ct) => id is null || await db.Phones.AnyAsync(p => p.Id == id && p.OwnerId == u.Id, ct))
            .WithMessage("Primary Device must be a phone owned by this user.");
    }
}

public sealed class DirectoryNumberValidator : PortalValidator<DirectoryNumber>
{
    public DirectoryNumberValidator(PortalDbContext db)
    {
        RuleFor(d => d.Pattern)
            .NotEmpty().WithMessage("Directory Number is required.")
            .Matches(@"^\+?[0-9]{1,24}$").WithMessage("Directory Number is 1-24 digits with an optional leading +.");
        RuleFor(d => d.PartitionId).ExistsWhenSet(db.Partitions, "Route Partition");
        RuleFor(d => d.Pattern)
            .MustAsync(async (d, pattern, ct) => !await db.DirectoryNumbers.AnyAsync(o => o.Id != d.Id && o.Pattern == pattern && o.PartitionId == d.PartitionId, ct))
            .WithMessage(d => $"Directory Number {d.Pattern} already exists in this partition.");
        RuleFor(d => d.Pattern)
            .MustAsync(async (pattern, ct) => !await db.RemoteDestinations.AnyAsync(r => r.DestinationNumber == pattern, ct))
            .WithRule(DesignRules.R6, d => $"{d.Pattern} is a user's remote destination; a number cannot be both a directory number of this cluster and a remote destination.");
        RuleFor(d => d.Description).ValidDescription();
    }
}

public sealed class PhoneValidator : PortalValidator<Phone>
{
    public PhoneValidator(PortalDbContext db)
    {
        RuleFor(p => p.Name)
            .NotEmpty().WithMessage("Device Name is required.")
            .Matches(@"^[A-Za-z0-9_.\-]{1,50}$").WithMessage("Device Name is 1-50 letters, digits and . _ - (for example SEP001122334455 or BOTJSMITH).")
            .UniqueIn(db.Phones, p => p.Name, "Device Name");
        RuleFor(p => p.Description).ValidDescription();
        RuleFor(p => p.DeviceType).IsInEnum();
        RuleFor(p => p.DeviceType)
            .MustAsync(async (p, type, ct) => p.Id == 0 || DeviceTypes.IsDualModeSmartphone(type) || !await db.RemoteDestinations.AnyAsync(r => r.DualModeDeviceId == p.Id, ct))
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

public sealed class RemoteDestinationValidator : PortalValidator<RemoteDestination>
{
    /// <summary>Portal bound on every timer: five minutes.</summary>
    public const int MaxTimer = 300_000;

    public RemoteDestinationValidator(PortalDbContext db)
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.DestinationNumber)
            .NotEmpty().WithMessage("Destination Number is required.")
            .MaximumLength(TextLimits.DestinationNumber).WithMessage("Destination Number can be at most 24 characters.")
            .Matches(@"^\+?[0-9*#]+$").WithMessage("Destination Number may contain only 0-9, * and #, with + only as the first character.")
            .MustAsync(async (r, number, ct) => !await db.RemoteDestinations.AnyAsync(o => o.Id != r.Id && o.DestinationNumber == number, ct))
            .WithRule(DesignRules.R4, r => $"{r.DestinationNumber} is already a remote destination or mobility identity; numbers are unique in the cluster.");
        RuleFor(r => r.DestinationNumber)
            .MustAsync(async (number, ct) => !await db.DirectoryNumbers.AnyAsync(d => d.Pattern == number, ct))
            .WithRule(DesignRules.R6, r => $"{r.DestinationNumber} is a directory number of this cluster; a remote destination is a number outside it (a mobile, a home phone, another system), never an IP phone of this cluster.");
        RuleFor(r => r.DestinationNumber).CustomAsync(async (number, context, ct) => await CheckPartialMatchAsync(db, context, number, ct));
        RuleFor(r => r.DestinationNumber)
            .MustAsync(async (r, _, ct) => r.Id != 0 || await ClusterGuard.RemoteDestinationCountAsync(db, ct) < DesignRules.ClusterRemoteDestinationCap)
            .WithRule(DesignRules.R2, DesignRules.ClusterFullMessage);
        RuleFor(r => r.OwnerId).CustomAsync(async (ownerId, context, ct) => await CheckUserLimitAsync(db, context, ownerId, ct));
        RuleFor(r => r.OwnerId).Exists(db.EndUsers, "Owner User ID");
        RuleFor(r => r.RemoteDestinationProfileId)
            .NotNull().When(r => r.DualModeDeviceId is null)
            .WithMessage("Choose the Remote Destination Profile (or, for a mobility identity, the dual-mode device).");
        RuleFor(r => r.RemoteDestinationProfileId)
            .Null().When(r => r.DualModeDeviceId is not null)
            .WithMessage("A mobility identity belongs to its dual-mode device, not to a remote destination profile.");
        RuleFor(r => r.RemoteDestinationProfileId)
            .MustAsync(async (r, id, ct) => id is null || await db.RemoteDestinationProfiles.AnyAsync(p => p.Id == id && p.UserId == r.OwnerId, ct))
            .WithMessage("The Remote Destination Profile must exist and belong to the owner.");
        // R9: mobility identities only on dual-mode smartphones, not tablets (SRND L1916).
        RuleFor(r => r.DualModeDeviceId)
            .MustAsync(async (id, ct) => id is null || await db.Phones.AnyAsync(
                p => p.Id == id && (p.DeviceType == DeviceType.CiscoDualModeForIPhone || p.DeviceType == DeviceType.CiscoDualModeForAndroid), ct))
            .WithRule(DesignRules.R9, "A mobility identity is only for Cisco Dual Mode for iPhone or Android devices, not tablets or desk phones.");
        RuleFor(r => r.MobilityProfileId)
            .Null().When(r => r.DualModeDeviceId is null)
            .WithRule(DesignRules.R9, "A Mobility Profile (dial via office) applies to a mobility identity of a dual-mode smartphone only.");
        RuleFor(r => r.MobilityProfileId).ExistsWhenSet(db.MobilityProfiles, "Mobility Profile");

        // Timers: whole milliseconds, 0 to 300,000 (portal bound); R8 Answer Too Soon < Answer Too Late.
        RuleFor(r => r.DelayBeforeRingingTimer).InclusiveBetween(0, MaxTimer)
            .WithRule(DesignRules.R8, "Wait before ringing (Delay Before Ringing Timer) is 0-300000 ms.");
        RuleFor(r => r.AnswerTooSoonTimer).InclusiveBetween(0, MaxTimer)
            .WithRule(DesignRules.R8, "Voicemail-avoidance delay (Answer Too Soon Timer) is 0-300000 ms.");
        RuleFor(r => r.AnswerTooLateTimer).InclusiveBetween(0, MaxTimer)
            .WithRule(DesignRules.R8, "Stop ringing after (Answer Too Late Timer) is 0-300000 ms.");
        RuleFor(r => r.AnswerTooLateTimer)
            .GreaterThan(r => r.AnswerTooSoonTimer).When(r => r.AnswerTooSoonTimer is >= 0 and <= MaxTimer)
            .WithRule(DesignRules.R8, "Answer Too Late must be longer than Answer Too Soon, or every answer counts as too soon or too late.");
        RuleFor(r => r.SingleNumberReachVoicemailPolicy).IsInEnum();
        RuleFor(r => r.DialViaOfficeReverseVoicemailPolicy).IsInEnum();

        RuleFor(r => r.TimeZone)
            .Must(TimeZones.Exists).WithMessage(r => $"Time zone '{r.TimeZone}' is not an IANA time zone such as America/Los_Angeles.");

        RuleFor(r => r.AccessListId)
            .NotNull().When(r => r.CallerFilter != CallerFilterMode.AlwaysRing)
            .WithMessage(r => r.CallerFilter == CallerFilterMode.RingOnlyIfCallerInAllowedList ? "Choose the allowed list." : "Choose the blocked list.");
        RuleFor(r => r.AccessListId)
            .MustAsync(async (r, id, ct) => id is null || await db.AccessLists.AnyAsync(a => a.Id == id && a.OwnerId == r.OwnerId
                && a.IsAllowedType == (r.CallerFilter == CallerFilterMode.RingOnlyIfCallerInAllowedList), ct))
            .When(r => r.CallerFilter != CallerFilterMode.AlwaysRing)
            .WithMessage(r => $"The access list must be one of the owner's {(r.CallerFilter == CallerFilterMode.RingOnlyIfCallerInAllowedList ? "allowed" : "blocked")} lists.");

        RuleFor(r => r.RingSchedule!).SetValidator(new RingScheduleValidator()).When(r => r.RingSchedule is not null);
        RuleFor(r => r.Lines)
            .Must(lines => lines.Select(l => l.DirectoryNumberId).Distinct().Count() == lines.Count)
            .WithMessage("A line can be associated only once.");
        RuleForEach(r => r.Lines).ChildRules(line => line.RuleFor(l => l.DirectoryNumberId).Exists(db.DirectoryNumbers, "Directory Number"));
    }

    // R5: with Partial Match on N digits, no other destination may end in the same N digits (SRND L1255).
    private static async Task CheckPartialMatchAsync(PortalDbContext db, ValidationContext<RemoteDestination> context, string? number, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(number))
        {
            return;
        }

        var settings = await db.ClusterMobilitySettings.AsNoTracking()
            .Select(s => new { s.MatchingCallerIdWithRemoteDestination, s.PartialMatchDigits }).SingleAsync(ct);
        if (settings.MatchingCallerIdWithRemoteDestination != CallerIdMatching.PartialMatch)
        {
            return;
        }

        var key = CallerIdKeys.PartialMatchKey(number, settings.PartialMatchDigits);
        var id = context.InstanceToValidate.Id;
        var other = await db.RemoteDestinations.Where(o => o.Id != id && o.PartialMatchKey == key)
            .Select(o => o.DestinationNumber).FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            context.AddRuleFailure(nameof(RemoteDestination.DestinationNumber), DesignRules.R5,
                $"{number} and {other} both end in {CallerIdKeys.LastDigits(number, settings.PartialMatchDigits)}; with Partial Match on {settings.PartialMatchDigits} digits a caller ID could not tell them apart.");
        }
    }

    // R3: a user's remote destinations (not mobility identities) stay within the user's Remote Destination Limit.
    private static async Task CheckUserLimitAsync(PortalDbContext db, ValidationContext<RemoteDestination> context, int ownerId, CancellationToken ct)
    {
        var destination = context.InstanceToValidate;
        if (destination.DualModeDeviceId is not null)
        {
            return;
        }

        var owner = await db.EndUsers.Where(u => u.Id == ownerId).Select(u => new { u.UserId, u.RemoteDestinationLimit }).SingleOrDefaultAsync(ct);
        var stored = destination.Id == 0 ? null : await db.RemoteDestinations.Where(o => o.Id == destination.Id)
            .Select(o => new { o.OwnerId, o.DualModeDeviceId }).SingleOrDefaultAsync(ct);
        if (owner is null || (stored is not null && stored.OwnerId == ownerId && stored.DualModeDeviceId is null))
        {
            // Already one of this owner's remote destinations: an edit does not add to the count.
            return;
        }

        var count = await db.RemoteDestinations.CountAsync(o => o.OwnerId == ownerId && o.DualModeDeviceId == null && o.Id != destination.Id, ct);
        var limit = Math.Clamp(owner.RemoteDestinationLimit, 1, DesignRules.MaxRemoteDestinationLimit);
        if (count >= limit)
        {
            context.AddRuleFailure(nameof(RemoteDestination.OwnerId), DesignRules.R3,
                $"{owner.UserId} already has {count} remote destinations, the user's Remote Destination Limit of {limit}; raise the limit on the End User page or delete one first.");
        }
    }
}

public sealed class RingScheduleValidator : PortalValidator<RingSchedule>
{
    public RingScheduleValidator()
    {
        RuleFor(s => s.Entries).Must(e => e.Count <= 7).WithMessage("A ring schedule has at most 7 entries, one per day.");
        RuleFor(s => s.Entries).Must(e => e.Select(x => x.Day).Distinct().Count() == e.Count).WithMessage("A day can appear only once in the ring schedule.");
        RuleFor(s => s.Entries).NotEmpty().When(s => !s.AllTheTime)
            .WithMessage("A weekly ring schedule needs at least one day; choose \"All the time\" to ring always.");
        RuleForEach(s => s.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e.Day).IsInEnum();
            entry.When(e => e.Kind == RingScheduleEntryKind.FromTo, () =>
            {
                entry.RuleFor(e => e.StartMinute)
                    .Must(m => m is >= 0 and < RingSchedules.MinutesPerDay && m % RingSchedules.GridMinutes == 0)
                    .WithMessage(e => $"{e.Day}: the start time {RingSchedules.Format(e.StartMinute)} must be on the 15-minute grid between 00:00 and 23:45.");
                entry.RuleFor(e => e.EndMinute)
                    .Must(m => m is > 0 and <= RingSchedules.MinutesPerDay && m % RingSchedules.GridMinutes == 0)
                    .WithMessage(e => $"{e.Day}: the end time {RingSchedules.Format(e.EndMinute)} must be on the 15-minute grid between 00:15 and 24:00.");
                entry.RuleFor(e => e.EndMinute).GreaterThan(e => e.StartMinute)
                    .WithMessage(e => $"{e.Day}: the schedule must start before it ends ({RingSchedules.Format(e.StartMinute)}-{RingSchedules.Format(e.EndMinute)}).");
            });
        });
    }
}

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
            member.RuleFor(m => m.FilterType).IsInEnum();
            member.RuleFor(m => m.NumberMask)
                .Must(NumberMask.IsWellFormed).When(m => m.FilterType == AccessListFilterType.DirectoryNumber)
                .WithMessage(m => $"'{m.NumberMask}' is not a number mask: use digits and X wildcards, with + only as the first character (e.g. +1408555XXXX).");
            member.RuleFor(m => m.NumberMask)
                .Empty().When(m => m.FilterType != AccessListFilterType.DirectoryNumber)
                .WithMessage("Only a Directory Number filter has a number mask.");
        });
    }
}

public sealed class MobilityProfileValidator : PortalValidator<MobilityProfile>
{
    public MobilityProfileValidator(PortalDbContext db)
    {
        RuleFor(m => m.Name).ValidName().UniqueIn(db.MobilityProfiles, m => m.Name);
        RuleFor(m => m.Description).ValidDescription();
        RuleFor(m => m.MobileClientCallingOption).IsInEnum();
        RuleFor(m => m.DialViaOfficeReverseCallbackCallerId)
            .Matches(@"^\+?[0-9]{1,24}$").When(m => !string.IsNullOrEmpty(m.DialViaOfficeReverseCallbackCallerId))
            .WithMessage("Dial-via-Office Reverse Callback Caller ID is 1-24 digits with an optional leading +, or blank for the Enterprise Feature Access number.");
    }
}
