namespace AdminPortal.Core.Audit;

/// <summary>
/// One change, from any channel, written in the same transaction as the change itself: who, when (UTC), through
/// what, to which object, and each field's old and new value. Append-only: nothing in the portal edits or deletes
/// an entry, and a refused or rolled-back change leaves none.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When the change was committed, UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The portal account (user ID), or the system's name for seeding and tools.</summary>
    public string Account { get; set; } = "";

    public string Channel { get; set; } = "";

    /// <summary>The API token the change was made with, if any (its name, never its secret).</summary>
    public string? TokenName { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Unified CM's label of the object's kind ("Remote Destination", "API Token", …).</summary>
    public string ObjectType { get; set; } = "";

    public int? ObjectId { get; set; }

    public string ObjectName { get; set; } = "";

    /// <summary>The changed fields as JSON: <c>[{"field":…,"old":…,"new":…}]</c>.</summary>
    public string Changes { get; set; } = "[]";

    /// <summary>The bulk job the change came with (imports).</summary>
    public string? JobId { get; set; }
}
