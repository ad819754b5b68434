using AdminPortal.Core.Data;

namespace AdminPortal.Core.Accounts;

/// <summary>A new token and its secret (shown once, never stored), or the refusals (nothing was created).</summary>
public sealed record ApiTokenCreation(ApiTokenRow? Token, string? Secret, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Token is not null;
}
