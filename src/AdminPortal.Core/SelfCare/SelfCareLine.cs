namespace AdminPortal.Core.SelfCare;

/// <summary>A line of a desk phone or profile, read-only in Self Care.</summary>
public sealed record SelfCareLine(string Device, string DirectoryNumber);
