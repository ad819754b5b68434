namespace AdminPortal.Core.Accounts;

/// <summary>A token as the API Tokens page lists it (never its secret or hash).</summary>
public sealed record ApiTokenRow(
    int Id, string Name, ApiTokenScope Scope, string Owner, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    /// <summary>"Active", "Revoked" or "Expired" at <paramref name="now"/>.</summary>
    public string StatusAt(DateTimeOffset now) => RevokedAt is not null ? "Revoked" : ExpiresAt is { } end && end <= now ? "Expired" : "Active";
}
