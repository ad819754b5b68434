namespace AdminPortal.Core.Audit;

/// <summary>One field a change touched, by its AXL name, with its value before and after (secrets masked; null: none).</summary>
public sealed record AuditChange(string Field, string? Old, string? New);
