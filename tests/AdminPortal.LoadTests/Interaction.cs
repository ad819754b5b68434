namespace AdminPortal.LoadTests;

/// <summary>What an administrator does in one turn of the loop, in this order (<see cref="AdminCircuit"/>).</summary>
public enum Interaction
{
    /// <summary>Open the remote destination list (in-circuit navigation) until its first page of rows is shown.</summary>
    OpenList,

    /// <summary>Search "name begins with bulk D" and press Enter, until the first matching row is shown.</summary>
    Search,

    /// <summary>Next page of the search's results, until rows 26-50 are shown.</summary>
    NextPage,

    /// <summary>Click a destination of that page, until its configuration page shows its name.</summary>
    OpenObject,

    /// <summary>Save it unchanged, until "Update successful" is shown.</summary>
    SaveUnchanged,

    /// <summary>Open the design review, until its findings (or "no findings") are shown.</summary>
    DesignReview,
}
