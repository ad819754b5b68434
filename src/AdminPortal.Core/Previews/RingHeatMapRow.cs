namespace AdminPortal.Core.Previews;

/// <summary>
/// One destination's week: <see cref="RingHeatMap.Days"/> × <see cref="RingHeatMap.SlotsPerDay"/> quarter hours,
/// Monday 00:00 first, in the viewer's zone.
/// </summary>
public sealed record RingHeatMapRow(RingPreviewKind Kind, string Name, IReadOnlyList<HeatMapSlot> Slots)
{
    public HeatMapSlot At(int dayFromMonday, int quarter) => Slots[(dayFromMonday * RingHeatMap.SlotsPerDay) + quarter];
}
