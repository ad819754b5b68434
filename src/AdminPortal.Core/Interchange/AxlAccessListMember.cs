using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Interchange;

/// <summary>An access list member as AXL's <c>XCallerFilterListMember</c> names it.</summary>
public sealed record AxlAccessListMember
{
    public required AccessListFilterType CallerFilterMask { get; init; }

    /// <summary>Directory Number filters only: digits and X wildcards, optional leading +.</summary>
    public string? DnMask { get; init; }
}
