namespace AdminPortal.Core.Cluster;

/// <summary>WLAN channel cells for a number of concurrent calls (SRND L207-215).</summary>
public sealed record WlanPlan(int VoiceCalls, int VideoCalls, int SameAccessPointPercent)
{
    /// <summary>A call between two wireless devices on one access point is two streams in the cell (SRND L215).</summary>
    public double VoiceStreams => VoiceCalls * (1 + SameAccessPointPercent / 100.0);

    public double VideoStreams => VideoCalls * (1 + SameAccessPointPercent / 100.0);

    /// <summary>Each cell carries 27 voice or 8 video calls; a mix uses the cell in proportion.</summary>
    public int CellsNeeded => (int)Math.Ceiling(Math.Round(
        (VoiceStreams / CapacityLimits.VoiceCallsPerCell) + (VideoStreams / CapacityLimits.VideoCallsPerCell), 9));

    public IEnumerable<string> Problems()
    {
        if (VoiceCalls < 0 || VideoCalls < 0)
        {
            yield return "Calls cannot be negative.";
        }

        if (SameAccessPointPercent is < 0 or > 100)
        {
            yield return "The share of calls between two wireless devices on one access point is 0-100 %.";
        }
    }
}
