namespace AdminPortal.Core.Data;

/// <summary>The outcome of a save: refused with the messages, or saved with the recommendations (W-rules) it triggers.</summary>
public sealed record SaveResult(bool Succeeded, int Id, IReadOnlyList<FieldError> Errors, IReadOnlyList<Rules.Finding> Findings)
{
    /// <summary>Why it was refused; <see cref="SaveRefusal.Invalid"/> when it was not.</summary>
    public SaveRefusal Refusal { get; init; }

    public static SaveResult Saved(int id, IReadOnlyList<Rules.Finding>? findings = null) => new(true, id, [], findings ?? []);

    public static SaveResult Refused(IReadOnlyList<FieldError> errors, SaveRefusal refusal = SaveRefusal.Invalid) =>
        new(false, 0, errors, []) { Refusal = refusal };
}
