using AdminPortal.Core.Rules;

namespace AdminPortal.Core.Cluster;

/// <summary>PSTN gateway DS0s that Single Number Reach takes (SRND L905, L1439).</summary>
public sealed record SnrTrunkPlan(int ConcurrentInboundCalls, int DestinationsPerUser, bool CallersOnPstn)
{
    /// <summary>While ringing: one DS0 per remote destination rung (up to 10 s even unanswered), plus the caller's own.</summary>
    public int Ds0sPerCallRinging => DestinationsPerUser + (CallersOnPstn ? 1 : 0);

    /// <summary>Once answered at a remote destination: the outbound leg, plus the caller's leg hairpinned through the gateway.</summary>
    public int Ds0sPerCallAnswered => 1 + (CallersOnPstn ? 1 : 0);

    public int PeakDs0s => ConcurrentInboundCalls * Ds0sPerCallRinging;

    public IEnumerable<string> Problems()
    {
        if (ConcurrentInboundCalls < 0)
        {
            yield return "Calls cannot be negative.";
        }

        if (DestinationsPerUser is < 0 or > DesignRules.MaxRemoteDestinationLimit)
        {
            yield return "Remote destinations per user is 0-10 (the most a Remote Destination Limit allows).";
        }
    }
}
