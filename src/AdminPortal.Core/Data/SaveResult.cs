namespace AdminPortal.Core.Data;

/// <summary>The outcome of a save: refused with the messages, or saved with the recommendations (W-rules) it triggers.</summary>
public sealed record SaveResult(bool Succeeded, int Id, IReadOnlyList<FieldError> Errors, IReadOnlyList<Rules.Finding> Findings)
{
    /// <summary>Why it was refused; <see cref="SaveRefusal.Invalid"/> when it was not.</summary>
    public SaveRefusal Refusal { get; init; }

    /// <summary>
    /// An update that left the object as it was (its audited state, every field the portal shows, unchanged): the
    /// store then commits nothing, so the configuration's version and the object's concurrency version stay put.
    /// </summary>
    public bool Unchanged { get; init; }

    public static SaveResult Saved(int id, IReadOnlyList<Rules.Finding>? findings = null) => new(true, id, [], findings ?? []);

    public static SaveResult Refused(IReadOnlyList<FieldError> errors, SaveRefusal refusal = SaveRefusal.Invalid) =>
        new(false, 0, errors, []) { Refusal = refusal };
}
