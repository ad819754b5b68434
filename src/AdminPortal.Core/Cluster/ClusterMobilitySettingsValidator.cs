using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Cluster;

public sealed class ClusterMobilitySettingsValidator : PortalValidator<ClusterMobilitySettings>
{
    public ClusterMobilitySettingsValidator(PortalDbContext db)
    {
        RuleFor(s => s.Id).Equal(ClusterMobilitySettings.SingletonId).WithMessage("There is one set of cluster mobility settings.");
        RuleFor(s => s.MatchingCallerIdWithRemoteDestination).IsDefinedValue();
        RuleFor(s => s.PartialMatchDigits).InclusiveBetween(1, TextLimits.DestinationNumber)
            .WithMessage("Number of Digits for Caller ID Partial Match is 1-24.");
        RuleFor(s => s.SessionHandoffAlertingTimerSeconds).InclusiveBetween(1, 300)
            .WithMessage("Session Handoff Alerting Timer is 1-300 seconds.");
        RuleFor(s => s.ForwardNoAnswerTimerSeconds).InclusiveBetween(1, 300)
            .WithMessage("Forward No Answer Timer is 1-300 seconds.");
        RuleFor(s => s.InboundCallingSearchSpaceForRemoteDestination).IsDefinedValue();
        RuleFor(s => s.VoicemailSelectionPolicy).IsDefinedValue();
        RuleFor(s => s.DeviceMobilityMode).IsDefinedValue();
        RuleFor(s => s.SystemRemoteAccessBlockedNumbers).Must(PhoneNumbers.IsNumberList)
            .When(s => !string.IsNullOrWhiteSpace(s.SystemRemoteAccessBlockedNumbers))
            .WithMessage("System Remote Access Blocked Numbers is a comma-separated list of numbers as dialed, e.g. 9911,911.");

        foreach (var (code, label) in Codes)
        {
            RuleFor(code).NotEmpty().WithMessage($"{label} is required.")
                .Matches("^[*#0-9]{1,10}$").WithMessage($"{label} is 1-10 of 0-9, * and #.");
        }

        // R11: the six Enterprise Feature Access codes are distinct (SRND Table 21-2).
        // The message stands next to each code that repeats one above it (the one most likely just typed).
        for (var i = 1; i < Codes.Length; i++)
        {
            var index = i;
            RuleFor(Codes[index].Code).Must((s, _) => EarlierWithSameCode(s, index) is null)
                .WithRule(DesignRules.R11, s => $"{Codes[index].Label} {CodeValues[index](s)} is already the {EarlierWithSameCode(s, index)} code; the Enterprise Feature Access codes must be distinct.");
        }

        RuleFor(s => s.MatchingCallerIdWithRemoteDestination).CustomAsync(async (mode, context, ct) => await CheckPartialMatchAsync(db, context, ct));
        RuleFor(s => s.RemoteAccessSubnets)
            .Must(list => list!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(text => IpSubnet.TryParse(text, out _)))
            .When(s => !string.IsNullOrWhiteSpace(s.RemoteAccessSubnets))
            .WithMessage("VPN Concentrator / Expressway-C Subnets is a comma-separated list of networks such as 172.16.100.0/24 (host bits zero).");

        RuleFor(s => s.MobileVoiceAccessNumber).Must(n => PhoneNumbers.IsDialed(n!)).When(s => !string.IsNullOrEmpty(s.MobileVoiceAccessNumber))
            .WithMessage("Mobile Voice Access Directory Number is 1-24 digits with an optional leading +.");
        RuleFor(s => s.MobileVoiceAccessNumber).NotEmpty().When(s => s.EnableMobileVoiceAccess)
            .WithMessage("Mobile Voice Access needs its directory number (SRND L1184).");
        RuleFor(s => s.EnterpriseFeatureAccessNumbers).Must(n => PhoneNumbers.IsNumberList(n!)).When(s => !string.IsNullOrEmpty(s.EnterpriseFeatureAccessNumbers))
            .WithMessage("Enterprise Feature Access Numbers is a comma-separated list of numbers.");
        RuleFor(s => s.HandoffNumber).Must(n => PhoneNumbers.IsDialed(n!)).When(s => !string.IsNullOrEmpty(s.HandoffNumber))
            .WithMessage("Handoff Number is 1-24 digits with an optional leading +.");
    }

    private static readonly (System.Linq.Expressions.Expression<Func<ClusterMobilitySettings, string>> Code, string Label)[] Codes =
    [
        (s => s.HoldCode, "Hold"),
        (s => s.ExclusiveHoldCode, "Exclusive Hold"),
        (s => s.ResumeCode, "Resume"),
        (s => s.TransferCode, "Transfer"),
        (s => s.ConferenceCode, "Conference"),
        (s => s.SessionHandoffCode, "Session Handoff"),
    ];

    private static readonly Func<ClusterMobilitySettings, string>[] CodeValues = [.. Codes.Select(c => c.Code.Compile())];

    // R5: Partial Match on N digits is refused while two destinations end in the same N digits (SRND L1255).
    private static async Task CheckPartialMatchAsync(PortalDbContext db, ValidationContext<ClusterMobilitySettings> context, CancellationToken ct)
    {
        var settings = context.InstanceToValidate;
        if (settings.MatchingCallerIdWithRemoteDestination != CallerIdMatching.PartialMatch
            || settings.PartialMatchDigits is < 1 or > TextLimits.DestinationNumber)
        {
            return;
        }

        const int shown = 10;
        var collisions = await CallerIdKeys.CollisionsAsync(db, settings.PartialMatchDigits, shown + 1, ct);
        if (collisions.Count == 0)
        {
            return;
        }

        var stored = await db.ClusterMobilitySettings.AsNoTracking().Select(s => s.MatchingCallerIdWithRemoteDestination).SingleOrDefaultAsync(ct);
        var field = stored == CallerIdMatching.PartialMatch
            ? nameof(ClusterMobilitySettings.PartialMatchDigits)
            : nameof(ClusterMobilitySettings.MatchingCallerIdWithRemoteDestination);
        var list = string.Join("; ", collisions.Take(shown)) + (collisions.Count > shown ? "; and more" : "");
        context.AddRuleFailure(field, DesignRules.R5,
            $"Partial Match on {settings.PartialMatchDigits} digits could not tell these remote destinations apart: {list}. Change or delete them first, or match more digits.");
    }

    /// <summary>The label of the first code before <paramref name="index"/> with the same value, or null.</summary>
    private static string? EarlierWithSameCode(ClusterMobilitySettings s, int index)
    {
        var value = CodeValues[index](s);
        return string.IsNullOrEmpty(value) ? null
            : Enumerable.Range(0, index).Where(i => CodeValues[i](s) == value).Select(i => Codes[i].Label).FirstOrDefault();
    }
}
