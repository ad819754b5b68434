namespace AdminPortal.Core.Bulk;

/// <summary>What starting an import gave: the queued job, or why nothing was queued.</summary>
public sealed record ImportJobStart(ImportJob? Job, string? Refusal);
