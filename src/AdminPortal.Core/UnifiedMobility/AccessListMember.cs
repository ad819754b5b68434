using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class AccessListMember : Entity
{
    public int AccessListId { get; set; }

    public AccessList? AccessList { get; set; }

    public AccessListFilterType FilterType { get; set; }

    /// <summary>Directory Number filter only: digits and X wildcards, optional leading +.</summary>
    public string? NumberMask { get; set; }
}
