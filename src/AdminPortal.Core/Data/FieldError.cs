namespace AdminPortal.Core.Data;

/// <summary>A message about one field (property path as FluentValidation names it; empty for the whole object).</summary>
public sealed record FieldError(string Field, string Message, string? RuleId = null);
