using AdminPortal.Core.Common;

namespace AdminPortal.Core.DeviceMobility;

/// <summary>A site as the design guide reasons about it (portal concept; Unified CM has no site object).</summary>
public sealed class Site : NamedEntity
{
    /// <summary>The digits users dial for an outside line, e.g. 9 or 0.</summary>
    public string? PstnAccessCode { get; set; }

    /// <summary>The site's one physical location (R1).</summary>
    public int? PhysicalLocationId { get; set; }

    public PhysicalLocation? PhysicalLocation { get; set; }
}
