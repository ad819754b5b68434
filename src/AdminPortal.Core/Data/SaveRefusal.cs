namespace AdminPortal.Core.Data;

/// <summary>Why a change was refused, for callers that answer differently (the HTTP API: 422, 403, 412, 404).</summary>
public enum SaveRefusal
{
    /// <summary>A field rule or a design rule refused the values.</summary>
    Invalid,

    /// <summary>Whoever asked may not change the configuration.</summary>
    Forbidden,

    /// <summary>Someone else changed the object after it was read (its version moved on).</summary>
    Stale,

    /// <summary>The object does not exist (any more).</summary>
    Gone,
}
