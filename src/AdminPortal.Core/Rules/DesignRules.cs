using System.Globalization;

namespace AdminPortal.Core.Rules;

/// <summary>
/// The hard rules (R1-R12, a change that breaks one is refused) and the recommendations (W1-W11, the change is saved
/// and the finding shown), as the reference names them. Every check in code points at one of these, and each rule's
/// doc names its limits and where it is checked: a search for "R5" finds `R5 = new("R5"` here, then `DesignRules.R5`.
/// </summary>
public static class DesignRules
{
    /// <summary>R2: remote destinations + mobility identities a cluster supports (SRND L1404, L2170).</summary>
    public const int ClusterRemoteDestinationCap = 40_000;

    /// <summary>The cap as the messages write it ("40,000").</summary>
    public static readonly string ClusterRemoteDestinationCapText = ClusterRemoteDestinationCap.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Why R2 refuses a new remote destination (the validator and the store's last guard say the same).</summary>
    public static readonly string ClusterFullMessage =
        $"The cluster already has {ClusterRemoteDestinationCapText} remote destinations and mobility identities, the most Unified CM supports; delete one before adding another.";

    /// <summary>R3, R7: the fewest remote destinations a user's Remote Destination Limit allows (AXL).</summary>
    public const int MinRemoteDestinationLimit = 1;

    /// <summary>R3, R7: most remote destinations a user may have, whatever the limit typed (AXL).</summary>
    public const int MaxRemoteDestinationLimit = 10;

    /// <summary>R7: the longest Maximum Wait Time for Desk Pickup, in milliseconds (SRND L926); the shortest is 0.</summary>
    public const int MaxDeskPickupWaitTimeMs = 30_000;

    /// <summary>R8: the longest any remote destination timer may be, in milliseconds (a portal bound: five minutes); the shortest is 0.</summary>
    public const int MaxTimerMs = 300_000;

    /// <summary>R1, checked by <see cref="DeviceMobility.DevicePoolValidator"/> on save (a site's pools follow its location, <see cref="Data.DerivedData"/>) and <see cref="HardRuleReview.R1"/>.</summary>
    public static readonly DesignRule R1 = new("R1", "One physical location per site; a device pool's physical location must be its site's.", "SRND L484, L415", FindingSeverity.Error);

    /// <summary>R2 (<see cref="ClusterRemoteDestinationCap"/>), checked by <see cref="UnifiedMobility.RemoteDestinationValidator"/>, the store's counter (<see cref="Data.ClusterGuard"/>) and <see cref="HardRuleReview.R2"/>.</summary>
    public static readonly DesignRule R2 = new("R2", $"Remote destinations + mobility identities in the cluster <= {ClusterRemoteDestinationCapText}.", "SRND L1404, L2170", FindingSeverity.Error);

    /// <summary>R3 (<see cref="MaxRemoteDestinationLimit"/>), checked by <see cref="UnifiedMobility.RemoteDestinationValidator"/>, <see cref="UnifiedMobility.EndUserValidator"/> and <see cref="HardRuleReview.R3"/>.</summary>
    public static readonly DesignRule R3 = new("R3", $"A user's remote destinations <= that user's Remote Destination Limit ({MinRemoteDestinationLimit}-{MaxRemoteDestinationLimit}).", "SRND L890, AXL", FindingSeverity.Error);

    /// <summary>R4, checked by <see cref="UnifiedMobility.RemoteDestinationValidator"/> (and a unique index) and <see cref="HardRuleReview.R4"/>.</summary>
    public static readonly DesignRule R4 = new("R4", "Remote destination numbers are unique in the cluster.", "SRND L1233", FindingSeverity.Error);

    /// <summary>R5 (key: <see cref="UnifiedMobility.CallerIdKeys.Key"/>), checked by <see cref="UnifiedMobility.RemoteDestinationValidator"/>, <see cref="Cluster.ClusterMobilitySettingsValidator"/> and <see cref="HardRuleReview.R5"/>.</summary>
    public static readonly DesignRule R5 = new("R5", "With Partial Match on N digits, the last N digits of every remote destination and mobility identity are unique.", "SRND L1255", FindingSeverity.Error);

    /// <summary>R6, checked by <see cref="UnifiedMobility.RemoteDestinationValidator"/>, <see cref="UnifiedMobility.DirectoryNumberValidator"/> and <see cref="HardRuleReview.R6"/>.</summary>
    public static readonly DesignRule R6 = new("R6", "A remote destination must not be an internal directory number of the cluster.", "SRND L1395", FindingSeverity.Error);

    /// <summary>R7 (<see cref="MaxDeskPickupWaitTimeMs"/>, <see cref="MinRemoteDestinationLimit"/>-<see cref="MaxRemoteDestinationLimit"/>), checked by <see cref="UnifiedMobility.EndUserValidator"/> and <see cref="HardRuleReview.R7"/>.</summary>
    public static readonly DesignRule R7 = new("R7", $"Maximum Wait Time for Desk Pickup 0-{MaxDeskPickupWaitTimeMs} ms; Remote Destination Limit {MinRemoteDestinationLimit}-{MaxRemoteDestinationLimit}.", "SRND L926, AXL", FindingSeverity.Error);

    /// <summary>R8 (<see cref="MaxTimerMs"/>), checked by <see cref="UnifiedMobility.RemoteDestinationValidator"/> and <see cref="HardRuleReview.R8"/>.</summary>
    public static readonly DesignRule R8 = new("R8", "Timers are non-negative and Answer Too Soon < Answer Too Late.", "SRND L1020-1022", FindingSeverity.Error);

    /// <summary>R9 (<see cref="DualModeSmartphones"/>), checked by <see cref="UnifiedMobility.RemoteDestinationValidator"/>, <see cref="UnifiedMobility.PhoneValidator"/> and <see cref="HardRuleReview.R9"/>.</summary>
    public static readonly DesignRule R9 = new("R9", "Mobility identities (and dial via office) only on dual-mode smartphones, not tablets.", "SRND L1916, L1856", FindingSeverity.Error);

    /// <summary>R10 (<see cref="DmiSubnets"/>), checked by <see cref="DeviceMobility.DeviceMobilityInfoValidator"/> and <see cref="HardRuleReview.R10"/>.</summary>
    public static readonly DesignRule R10 = new("R10", "Device Mobility Info subnets well-formed, mask size in range (0 only for the catch-all 0.0.0.0/0 or ::/0), no duplicate subnet/mask.", "AXL, SRND L417", FindingSeverity.Error);

    /// <summary>R11, checked by <see cref="Cluster.ClusterMobilitySettingsValidator"/> and <see cref="HardRuleReview.R11"/>.</summary>
    public static readonly DesignRule R11 = new("R11", "The six Enterprise Feature Access codes are distinct.", "SRND Table 21-2", FindingSeverity.Error);

    /// <summary>R12, enforced by the store's delete (<see cref="Data.ConfigurationStore"/>, dependency records from <see cref="Data.AggregateGraph"/>) and the database's foreign keys.</summary>
    public static readonly DesignRule R12 = new("R12", "Referenced objects cannot be deleted while in use.", "Unified CM dependency records", FindingSeverity.Error);

    /// <summary>W1, reviewed by <see cref="RecommendationReview.W1"/>.</summary>
    public static readonly DesignRule W1 = new("W1", "Sites in one Device Mobility Group share the same PSTN access code.", "SRND L400, L482", FindingSeverity.Warning);

    /// <summary>W2, reviewed by <see cref="RecommendationReview.W2"/> (catch-all: <see cref="DmiSubnets.IsCatchAll"/>).</summary>
    public static readonly DesignRule W2 = new("W2", "A catch-all Device Mobility Info (0.0.0.0/0 or ::/0) whose pool has no calling search space blocks all calls, even 911: give it an emergency-only CSS.", "SRND L417", FindingSeverity.Warning);

    /// <summary>W3, reviewed by <see cref="RecommendationReview.W3"/>.</summary>
    public static readonly DesignRule W3 = new("W3", "The Forward No Answer time leaves the user time to answer on the remote destination (longer than Delay Before Ringing + Answer Too Soon).", "SRND L1014-1016", FindingSeverity.Warning);

    /// <summary>W4, reviewed by <see cref="RecommendationReview.W4"/>.</summary>
    public static readonly DesignRule W4 = new("W4", "Intelligent Session Control with PSTN steering digits: use Partial Match.", "SRND L1354, L1443", FindingSeverity.Warning);

    /// <summary>W5, reviewed by <see cref="RecommendationReview.W5"/>.</summary>
    public static readonly DesignRule W5 = new("W5", "Configure remote destinations in +E.164.", "SRND L1251", FindingSeverity.Warning);

    /// <summary>W6, reviewed by <see cref="RecommendationReview.W6"/>.</summary>
    public static readonly DesignRule W6 = new("W6", "Partial Match with remote destinations of different lengths may not match uniquely.", "SRND L1264", FindingSeverity.Warning);

    /// <summary>W7, reviewed by <see cref="RecommendationReview.W7"/>.</summary>
    public static readonly DesignRule W7 = new("W7", "One remote destination per user saves PSTN gateway DS0s.", "SRND L1439", FindingSeverity.Info);

    /// <summary>W8, reviewed by <see cref="RecommendationReview.W8"/>.</summary>
    public static readonly DesignRule W8 = new("W8", "User Control voicemail avoidance needs out-of-band DTMF relay; Dial via Office Reverse users benefit from it.", "SRND L1040, L2205", FindingSeverity.Info);

    /// <summary>W9, reviewed by <see cref="RecommendationReview.W9"/>.</summary>
    public static readonly DesignRule W9 = new("W9", "Dual-mode devices list the emergency numbers (911, 999, 112) to force them over the cellular network.", "SRND L2198", FindingSeverity.Warning);

    /// <summary>W10, reviewed by <see cref="RecommendationReview.W10"/>.</summary>
    public static readonly DesignRule W10 = new("W10", "Device mobility users behind VPN or Expressway: a Device Mobility Info for the concentrator / Expressway-C subnets.", "SRND L489-491, L609", FindingSeverity.Warning);

    /// <summary>W11, reviewed by <see cref="RecommendationReview.W11"/>.</summary>
    public static readonly DesignRule W11 = new("W11", "Single Number Reach on for a destination whose owner has Enable Mobility off: it will never ring.", "SRND L910", FindingSeverity.Warning);

    public static IReadOnlyList<DesignRule> All { get; } = [R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, W1, W2, W3, W4, W5, W6, W7, W8, W9, W10, W11];

    public static DesignRule? Find(string? id) => All.FirstOrDefault(r => r.Id == id);
}
