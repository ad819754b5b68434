using AdminPortal.Core.Audit;

namespace AdminPortal.Web.Api;

/// <summary>One audit entry as the API writes it: when (UTC), who, through what, which object, and each changed field.</summary>
public sealed record AuditEntryJson(
    long Id,
    DateTime At,
    string Account,
    string Channel,
    string? TokenName,
    string Action,
    string ObjectType,
    int? ObjectId,
    string ObjectName,
    IReadOnlyList<AuditChange> Changes);
