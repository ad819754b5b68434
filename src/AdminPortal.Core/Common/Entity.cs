namespace AdminPortal.Core.Common;

/// <summary>Every stored row: a surrogate key and an optimistic-concurrency token renewed on each save.</summary>
public abstract class Entity
{
    public int Id { get; set; }

    /// <summary>
    /// Changed by <c>PortalDbContext</c> on every save (a new row gets its first one there); a save with a stale value
    /// is refused. Not drawn when an object is made: every row the database returns would draw one only to have it
    /// overwritten, and a bulk import makes tens of thousands (a draw is a system call for random bytes).
    /// </summary>
    public Guid Version { get; set; }

    /// <summary>Brings user-typed values to their stored form (trimmed names, canonical addresses) before validation.</summary>
    public virtual void Normalize()
    {
    }

    /// <summary>Puts the parts of a freshly loaded object in their order (lines by index, pools as listed); a database returns them in any.</summary>
    public virtual void ArrangeParts()
    {
    }
}
