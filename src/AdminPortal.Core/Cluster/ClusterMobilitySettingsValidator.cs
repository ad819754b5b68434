using AdminPortal.Core.Common;
using AdminPortal.Core.Rules;
using FluentValidation;

namespace AdminPortal.Core.Cluster;

public sealed class ClusterMobilitySettingsValidator : PortalValidator<ClusterMobilitySettings>
{
    public ClusterMobilitySettingsValidator()
    {
        RuleFor(s => s.Id).Equal(ClusterMobilitySettings.SingletonId).WithMessage("There is one set of cluster mobility settings.");
        RuleFor(s => s.MatchingCallerIdWithRemoteDestination).IsInEnum();
        RuleFor(s => s.PartialMatchDigits).InclusiveBetween(1, TextLimits.DestinationNumber)
            .WithMessage("Number of Digits for Caller ID Partial Match is 1-24.");
        RuleFor(s => s.SessionHandoffAlertingTimerSeconds).InclusiveBetween(1, 300)
            .WithMessage("Session Handoff Alerting Timer is 1-300 seconds.");
        RuleFor(s => s.ForwardNoAnswerTimerSeconds).InclusiveBetween(1, 300)
            .WithMessage("Forward No Answer Timer is 1-300 seconds.");
        RuleFor(s => s.InboundCallingSearchSpaceForRemoteDestination).IsInEnum();
        RuleFor(s => s.VoicemailSelectionPolicy).IsInEnum();
        RuleFor(s => s.DeviceMobilityMode).IsInEnum();
        RuleFor(s => s.SystemRemoteAccessBlockedNumbers).Must(PhoneNumbers.IsNumberList)
            .When(s => !string.IsNullOrWhiteSpace(s.SystemRemoteAccessBlockedNumbers))
            .WithMessage("System Remote Access Blocked Numbers is a comma-separated list of numbers as dialed, e.g. 9911,911.");

        foreach (var (code, label) in Codes)
        {
            RuleFor(code).NotEmpty().WithMessage($"{label} is required.")
                .Matches("^[*#0-9]{1,10}$").WithMessage($"{label} is 1-10 of 0-9, * and #.");
        }

        // R11: the six Enterprise Feature Access codes are distinct (SRND Table 21-2).
        RuleFor(s => s.HoldCode).Must((s, _) => Duplicates(s).Count == 0)
            .WithMessage(s => $"R11: the Enterprise Feature Access codes must be distinct; {string.Join(", ", Duplicates(s))} repeat (SRND Table 21-2).");

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

    private static List<string> Duplicates(ClusterMobilitySettings s) =>
        [.. new[] { s.HoldCode, s.ExclusiveHoldCode, s.ResumeCode, s.TransferCode, s.ConferenceCode, s.SessionHandoffCode }
            .GroupBy(c => c).Where(g => g.Count() > 1 && !string.IsNullOrEmpty(g.Key)).Select(g => g.Key)];
}
