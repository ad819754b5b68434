namespace AdminPortal.Core.Data;

/// <summary>A page of a Find and List search.</summary>
public sealed record FindPage<TRow>(IReadOnlyList<TRow> Rows, int TotalCount);
