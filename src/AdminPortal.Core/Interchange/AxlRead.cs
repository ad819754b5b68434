namespace AdminPortal.Core.Interchange;

/// <summary>A stored object as AXL names it, with its version (the HTTP API's ETag).</summary>
public sealed record AxlRead<TAxl>(TAxl Resource, Guid Version);
