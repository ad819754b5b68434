namespace AdminPortal.Core.Data;

/// <summary>A message about one field (property path as FluentValidation names it; empty for the whole object).</summary>
public sealed record FieldError(string Field, string Message, string? RuleId = null);

/// <summary>One object that uses the object being deleted ("Dependency Records" in Unified CM).</summary>
public sealed record DependencyRecord(string ObjectType, int Id, string Name, string Field)
{
    public override string ToString() => $"{ObjectType} '{Name}' (as {Field})";
}

/// <summary>The outcome of a save: refused with the messages, or saved with the recommendations (W-rules) it triggers.</summary>
public sealed record SaveResult(bool Succeeded, int Id, IReadOnlyList<FieldError> Errors, IReadOnlyList<Rules.Finding> Findings)
{
    public static SaveResult Saved(int id, IReadOnlyList<Rules.Finding>? findings = null) => new(true, id, [], findings ?? []);

    public static SaveResult Refused(IReadOnlyList<FieldError> errors) => new(false, 0, errors, []);
}

/// <summary>The outcome of a delete: done, refused with the dependency records (R12), or refused for the reason given.</summary>
public sealed record DeleteResult(int Deleted, IReadOnlyList<DependencyRecord> Dependents, string? Refusal = null)
{
    public bool Succeeded => Dependents.Count == 0 && Refusal is null;
}

public enum MatchCondition
{
    BeginsWith,
    Contains,
    EndsWith,
    IsExactly,
}

/// <summary>A page of a Find and List search.</summary>
public sealed record FindPage<TRow>(IReadOnlyList<TRow> Rows, int TotalCount);
