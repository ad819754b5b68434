using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Directory Number with its partition.</summary>
public sealed class DirectoryNumber : Entity
{
    public string Pattern { get; set; } = "";

    public int? PartitionId { get; set; }

    public Partition? Partition { get; set; }

    public string? Description { get; set; }

    public override void Normalize()
    {
        Pattern = Pattern?.Trim() ?? "";
        Description = OptionalText.Trim(Description);
    }
}
