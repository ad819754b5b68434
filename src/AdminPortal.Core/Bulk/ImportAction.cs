namespace AdminPortal.Core.Bulk;

/// <summary>A row's <c>ACTION</c> column; without one a row adds its object, or updates it when its key exists.</summary>
public enum ImportAction
{
    /// <summary>No ACTION given: add, or update when the key (name; destination for remote destinations) exists.</summary>
    AddOrUpdate,

    /// <summary><c>add</c>: refused when the key exists (the validator's uniqueness rule says so).</summary>
    Add,

    /// <summary><c>update</c>: refused when the key does not exist.</summary>
    Update,

    /// <summary><c>delete</c>: refused while anything refers to the object (R12).</summary>
    Delete,
}
