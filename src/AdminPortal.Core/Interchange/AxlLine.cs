namespace AdminPortal.Core.Interchange;

/// <summary>A line by AXL's pair: the directory number's pattern and its route partition (none for &lt;None&gt;).</summary>
public sealed record AxlLine
{
    public required string Pattern { get; init; }

    public string? RoutePartitionName { get; init; }
}
