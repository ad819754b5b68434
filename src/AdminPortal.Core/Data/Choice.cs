namespace AdminPortal.Core.Data;

/// <summary>An id and name for a picker.</summary>
public sealed record Choice(int Id, string Name);
