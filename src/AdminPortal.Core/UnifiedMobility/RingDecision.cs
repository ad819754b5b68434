namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Whether a remote destination rings for one call, and why.</summary>
public sealed record RingDecision(bool Rings, RingReason Reason, string Explanation);
