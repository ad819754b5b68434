namespace AdminPortal.Core.Previews;

/// <summary>The match under the cluster's current setting and under the other one (Complete ↔ Partial on the cluster's N).</summary>
public sealed record CallerIdComparison(CallerIdMatch Current, CallerIdMatch Other);
