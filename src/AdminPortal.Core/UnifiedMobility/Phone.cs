using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Phone, only what mobility needs.</summary>
public sealed class Phone : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public DeviceType DeviceType { get; set; }

    /// <summary>The phone's home device pool.</summary>
    public int DevicePoolId { get; set; }

    public DevicePool? DevicePool { get; set; }

    public DeviceMobilityMode DeviceMobilityMode { get; set; } = DeviceMobilityMode.Default;

    public int? OwnerId { get; set; }

    public EndUser? Owner { get; set; }

    /// <summary>Comma-separated numbers a dual-mode device places over the cellular network (SRND L2198).</summary>
    public string? EmergencyNumbers { get; set; }

    public List<PhoneLine> Lines { get; set; } = [];

    /// <summary>R9: this phone may carry a mobility identity (<see cref="Rules.DualModeSmartphones"/>).</summary>
    public bool IsDualModeSmartphone => Rules.DualModeSmartphones.Is(DeviceType);

    public override void ArrangeParts() => Lines.Sort((a, b) => a.LineIndex.CompareTo(b.LineIndex));

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Description = OptionalText.Trim(Description);
        EmergencyNumbers = string.IsNullOrWhiteSpace(EmergencyNumbers) ? null : string.Join(",", EmergencyNumbers.Split(',').Select(n => n.Trim()));
        for (var i = 0; i < Lines.Count; i++)
        {
            Lines[i].LineIndex = i + 1;
        }
    }
}
