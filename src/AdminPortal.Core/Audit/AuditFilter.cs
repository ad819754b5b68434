namespace AdminPortal.Core.Audit;

/// <summary>
/// Which audit entries to show: a time range (UTC, From inclusive, To exclusive), an account, an object (type, and
/// id or a part of its name), a channel and an action. Every part is optional; an empty filter is every entry.
/// </summary>
public sealed record AuditFilter
{
    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>The account's user ID, exactly.</summary>
    public string? Account { get; init; }

    /// <summary>Unified CM's label of the object type ("Remote Destination"), exactly.</summary>
    public string? ObjectType { get; init; }

    public int? ObjectId { get; init; }

    /// <summary>Part of the object's name, any case.</summary>
    public string? ObjectName { get; init; }

    public ChangeChannel? Channel { get; init; }

    public AuditAction? Action { get; init; }
}
