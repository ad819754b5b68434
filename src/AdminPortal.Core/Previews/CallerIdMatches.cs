using AdminPortal.Core.Cluster;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Previews;

/// <summary>The sentence that goes with a caller ID match, with its guide lines.</summary>
public static class CallerIdMatches
{
    public static string Explain(string number, CallerIdMatching matching, int digits, CallerIdMatchOutcome outcome, IReadOnlyList<CallerIdCandidate> candidates, bool more)
    {
        var rule = matching == CallerIdMatching.CompleteMatch
            ? $"Complete Match compares {number} with each number exactly as configured (SRND L1241)"
            : Partial(number, digits);
        return outcome switch
        {
            CallerIdMatchOutcome.Unique =>
                $"{rule}: it matches {candidates[0].Name} ({candidates[0].Destination}) only, so the caller is {candidates[0].OwnerUserId}"
                + (candidates[0].EnterpriseNumber is { } enterprise ? $", enterprise number {enterprise}." : "."),
            CallerIdMatchOutcome.Ambiguous =>
                $"{rule}: {(more ? $"more than {candidates.Count}" : candidates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} destinations match, so the match is not unique and Unified CM treats the caller as unknown: "
                + "Mobile Voice Access asks for the number, Enterprise Feature Access fails (SRND L1235, L1262).",
            _ => matching == CallerIdMatching.CompleteMatch
                ? $"{rule}: no remote destination or mobility identity is configured exactly as {number}; +14085557890 and 14085557890 differ, which is why the guide configures and globalizes everything in +E.164 (SRND L1251)."
                : $"{rule}: no remote destination or mobility identity has them.",
        };
    }

    private static string Partial(string number, int digits)
    {
        var present = CallerIdKeys.ReversedDigits(number).Length;
        return present < digits
            ? $"Partial Match on {digits} digits compares the last {digits} digits right to left (SRND L1255); {number} has only {present}, so all of them ({CallerIdKeys.LastDigits(number, digits)}) must be a destination's whole digits"
            : $"Partial Match on {digits} digits compares the last {digits} digits, {CallerIdKeys.LastDigits(number, digits)}, right to left (SRND L1255)";
    }
}
