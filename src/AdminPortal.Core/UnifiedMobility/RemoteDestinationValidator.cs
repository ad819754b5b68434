using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class RemoteDestinationValidator : PortalValidator<RemoteDestination>
{
    private const int MaxTimer = DesignRules.MaxTimerMs;

    public RemoteDestinationValidator(PortalDbContext db)
        : this(new StoredDestinationFacts(db))
    {
    }

    /// <summary>The same rules over other answers to their questions (a bulk import's key sets, <see cref="IDestinationFacts"/>).</summary>
    public RemoteDestinationValidator(IDestinationFacts facts)
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.DestinationNumber)
            .NotEmpty().WithMessage("Destination Number is required.")
            .MaximumLength(TextLimits.DestinationNumber).WithMessage($"Destination Number can be at most {TextLimits.DestinationNumber} characters.")
            .Matches(@"^\+?[0-9*#]+$").WithMessage("Destination Number may contain only 0-9, * and #, with + only as the first character.")
            .MustAsync(async (r, number, ct) => !await facts.NumberTakenAsync(r.Id, number, ct))
            .WithRule(DesignRules.R4, r => $"{r.DestinationNumber} is already a remote destination or mobility identity; numbers are unique in the cluster.");
        RuleFor(r => r.DestinationNumber)
            .MustAsync(async (number, ct) => !await facts.IsDirectoryNumberAsync(number, ct))
            .WithRule(DesignRules.R6, r => $"{r.DestinationNumber} is a directory number of this cluster; a remote destination is a number outside it (a mobile, a home phone, another system), never an IP phone of this cluster.");
        RuleFor(r => r.DestinationNumber).CustomAsync(async (number, context, ct) => await CheckPartialMatchAsync(facts, context, number, ct));
        RuleFor(r => r.DestinationNumber)
            .MustAsync(async (r, _, ct) => r.Id != 0 || await facts.StoredCountAsync(ct) < DesignRules.ClusterRemoteDestinationCap)
            .WithRule(DesignRules.R2, DesignRules.ClusterFullMessage);
        RuleFor(r => r.OwnerId).CustomAsync(async (ownerId, context, ct) => await CheckUserLimitAsync(facts, context, ownerId, ct));
        RuleFor(r => r.OwnerId).Exists(facts.UserExistsAsync, "Owner User ID");
        RuleFor(r => r.RemoteDestinationProfileId)
            .NotNull().When(r => r.DualModeDeviceId is null)
            .WithMessage("Choose the Remote Destination Profile (or, for a mobility identity, the dual-mode device).");
        RuleFor(r => r.RemoteDestinationProfileId)
            .Null().When(r => r.DualModeDeviceId is not null)
            .WithMessage("A mobility identity belongs to its dual-mode device, not to a remote destination profile.");
        RuleFor(r => r.RemoteDestinationProfileId)
            .MustAsync(async (r, id, ct) => id is null || await facts.ProfileOfOwnerAsync(id.Value, r.OwnerId, ct))
            .WithMessage("The Remote Destination Profile must exist and belong to the owner.");
        // R9: mobility identities only on dual-mode smartphones, not tablets (SRND L1916).
        RuleFor(r => r.DualModeDeviceId)
            .MustAsync(async (id, ct) => id is null || await facts.IsDualModeSmartphoneAsync(id.Value, ct))
            .WithRule(DesignRules.R9, "A mobility identity is only for Cisco Dual Mode for iPhone or Android devices, not tablets or desk phones.");
        RuleFor(r => r.MobilityProfileId)
            .Null().When(r => r.DualModeDeviceId is null)
            .WithRule(DesignRules.R9, "A Mobility Profile (dial via office) applies to a mobility identity of a dual-mode smartphone only.");
        RuleFor(r => r.MobilityProfileId).ExistsWhenSet(facts.MobilityProfileExistsAsync, "Mobility Profile");

        // Timers: whole milliseconds, 0 to 300,000 (portal bound); R8 Answer Too Soon < Answer Too Late.
        RuleFor(r => r.DelayBeforeRingingTimer).InclusiveBetween(0, MaxTimer)
            .WithRule(DesignRules.R8, $"Wait before ringing (Delay Before Ringing Timer) is 0-{MaxTimer} ms.");
        RuleFor(r => r.AnswerTooSoonTimer).InclusiveBetween(0, MaxTimer)
            .WithRule(DesignRules.R8, $"Voicemail-avoidance delay (Answer Too Soon Timer) is 0-{MaxTimer} ms.");
        RuleFor(r => r.AnswerTooLateTimer).InclusiveBetween(0, MaxTimer)
            .WithRule(DesignRules.R8, $"Stop ringing after (Answer Too Late Timer) is 0-{MaxTimer} ms.");
        RuleFor(r => r.AnswerTooLateTimer)
            .GreaterThan(r => r.AnswerTooSoonTimer).When(r => r.AnswerTooSoonTimer is >= 0 and <= MaxTimer)
            .WithRule(DesignRules.R8, "Answer Too Late must be longer than Answer Too Soon, or every answer counts as too soon or too late.");
        RuleFor(r => r.SingleNumberReachVoicemailPolicy).IsDefinedValue();
        RuleFor(r => r.DialViaOfficeReverseVoicemailPolicy).IsDefinedValue();

        RuleFor(r => r.TimeZone)
            .Must(TimeZones.Exists).WithMessage(r => $"Time zone '{r.TimeZone}' is not an IANA time zone such as America/Los_Angeles.");

        RuleFor(r => r.AccessListId)
            .NotNull().When(r => r.CallerFilter != CallerFilterMode.AlwaysRing)
            .WithMessage(r => r.CallerFilter == CallerFilterMode.RingOnlyIfCallerInAllowedList ? "Choose the allowed list." : "Choose the blocked list.");
        RuleFor(r => r.AccessListId)
            .MustAsync(async (r, id, ct) => id is null
                || await facts.AccessListFitsAsync(id.Value, r.OwnerId, r.CallerFilter == CallerFilterMode.RingOnlyIfCallerInAllowedList, ct))
            .When(r => r.CallerFilter != CallerFilterMode.AlwaysRing)
            .WithMessage(r => $"The access list must be one of the owner's {(r.CallerFilter == CallerFilterMode.RingOnlyIfCallerInAllowedList ? "allowed" : "blocked")} lists.");

        RuleFor(r => r.RingSchedule!).SetValidator(new RingScheduleValidator()).When(r => r.RingSchedule is not null);
        RuleFor(r => r.Lines)
            .Must(lines => lines.Count < 2 || lines.Select(l => l.DirectoryNumberId).Distinct().Count() == lines.Count)
            .WithMessage("A line can be associated only once.");
        RuleForEach(r => r.Lines).ChildRules(line => line.RuleFor(l => l.DirectoryNumberId).Exists(facts.DirectoryNumberExistsAsync, "Directory Number"));
    }

    // R5: with Partial Match on N digits, no other destination may end in the same N digits (SRND L1255).
    private static async Task CheckPartialMatchAsync(IDestinationFacts facts, ValidationContext<RemoteDestination> context, string? number, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(number))
        {
            return;
        }

        var (matching, digits) = await facts.CallerIdMatchingAsync(ct);
        if (matching != CallerIdMatching.PartialMatch)
        {
            return;
        }

        var key = CallerIdKeys.PartialMatchKey(number, digits);
        var other = await facts.PartialMatchOtherAsync(context.InstanceToValidate.Id, key, ct);
        if (other is not null)
        {
            context.AddRuleFailure(nameof(RemoteDestination.DestinationNumber), DesignRules.R5,
                $"{number} and {other} both end in {CallerIdKeys.LastDigits(number, digits)}; with Partial Match on {digits} digits a caller ID could not tell them apart.");
        }
    }

    // R3: a user's remote destinations (not mobility identities) stay within the user's Remote Destination Limit.
    private static async Task CheckUserLimitAsync(IDestinationFacts facts, ValidationContext<RemoteDestination> context, int ownerId, CancellationToken ct)
    {
        var destination = context.InstanceToValidate;
        if (destination.DualModeDeviceId is not null)
        {
            return;
        }

        var owner = await facts.OwnerAsync(ownerId, ct);
        var stored = await facts.StoredAsync(destination.Id, ct);
        if (owner is not { } found || (stored is { } before && before.OwnerId == ownerId && before.DualModeDeviceId is null))
        {
            // Already one of this owner's remote destinations: an edit does not add to the count.
            return;
        }

        var count = await facts.OwnerDestinationCountAsync(ownerId, destination.Id, ct);
        var limit = Math.Clamp(found.Limit, DesignRules.MinRemoteDestinationLimit, DesignRules.MaxRemoteDestinationLimit);
        if (count >= limit)
        {
            context.AddRuleFailure(nameof(RemoteDestination.OwnerId), DesignRules.R3,
                $"{found.UserId} already has {count} remote destinations, the user's Remote Destination Limit of {limit}; raise the limit on the End User page or delete one first.");
        }
    }
}
