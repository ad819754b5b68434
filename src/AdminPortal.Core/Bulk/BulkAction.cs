namespace AdminPortal.Core.Bulk;

/// <summary>What a row asks for: its file's optional <c>ACTION</c> column, spelled add, update or delete.</summary>
public enum BulkAction
{
    /// <summary>No ACTION (no column, or an empty cell): an update when the key exists, else an add.</summary>
    AddOrUpdate,

    /// <summary><c>add</c>: the key must not exist yet.</summary>
    Add,

    /// <summary><c>update</c>: the key must exist.</summary>
    Update,

    /// <summary><c>delete</c>: only the key columns are read; the other cells may be empty.</summary>
    Delete,
}
