using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// The outcome of writing a resource: saved (the object as now stored, its new version and the recommendations it
/// triggers), or refused with the reason and the messages keyed by JSON field, each with its rule when a design rule
/// refused it.
/// </summary>
public sealed record AxlWrite<TAxl>(AxlRead<TAxl>? Saved, SaveRefusal Refusal, IReadOnlyList<FieldError> Errors, IReadOnlyList<Finding> Findings)
{
    public bool Succeeded => Saved is not null;
}
