namespace AdminPortal.Core.Audit;

/// <summary>What a change did to its object.</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,
}
