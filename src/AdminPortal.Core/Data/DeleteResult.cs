namespace AdminPortal.Core.Data;

/// <summary>The outcome of a delete: done, refused with the dependency records (R12), or refused for the reason given.</summary>
public sealed record DeleteResult(int Deleted, IReadOnlyList<DependencyRecord> Dependents, string? Refusal = null)
{
    public bool Succeeded => Dependents.Count == 0 && Refusal is null;

    /// <summary>Why a delete with a <see cref="Refusal"/> was refused (in use is <see cref="Dependents"/>).</summary>
    public SaveRefusal RefusalKind { get; init; }
}
