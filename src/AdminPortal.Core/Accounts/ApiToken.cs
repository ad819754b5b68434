namespace AdminPortal.Core.Accounts;

/// <summary>
/// A named API token of an administrator account, for scripts: <c>mp_&lt;prefix&gt;_&lt;secret&gt;</c>. Only the
/// prefix (to find the row) and the SHA-256 hash of the whole token are stored; the secret is shown once, when the
/// token is created. A token acts with its owner's role capped by its <see cref="Scope"/>; it stops working when
/// revoked, when it expires, or when its owner is no longer an administrator.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The random public part of the token (its look-up key), unique.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the whole token, lower-case hex.</summary>
    public string SecretHash { get; set; } = "";

    public ApiTokenScope Scope { get; set; }

    /// <summary>None: it does not expire.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The owner: the administrator account that created it.</summary>
    public string CreatedById { get; set; } = "";

    public PortalAccount? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>True while the token opens the API at <paramref name="now"/>: not revoked, not expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
