namespace AdminPortal.Core.Previews;

/// <summary>A Device Mobility Info as the preview needs it: its subnet and its device pools in the administrator's order.</summary>
public sealed record DmiRow(int Id, string Name, string Subnet, int MaskSize, IReadOnlyList<int> PoolIds)
{
    public string Prefix => $"{Subnet}/{MaskSize}";
}
