namespace AdminPortal.Core.Bulk;

/// <summary>One file of an archive as its manifest lists it.</summary>
public sealed record BulkManifestFile(string File, string Type, int Rows);
