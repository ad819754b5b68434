using System.Security.Cryptography;
using System.Text;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Accounts;

/// <summary>
/// The API tokens: created by an administrator for their own account (the secret is returned once and only its
/// SHA-256 hash is stored), listed, revoked, and checked on every API request. Creating and revoking need an
/// administrator on a page (<see cref="IChangeAuthorization"/>: may change, channel Page); a Read-Only Administrator
/// sees the list, and nobody can make or revoke a token through the API with a token or a password.
/// </summary>
public sealed class ApiTokens(IDbContextFactory<PortalDbContext> contexts, IChangeAuthorization authorization, TimeProvider time)
{
    public const string Marker = "mp";

    public const int MaxNameLength = 100;

    /// <summary>Hex characters of the public prefix (8 random bytes) and of the secret (32 random bytes).</summary>
    public const int PrefixLength = 16;

    public const int SecretLength = 64;

    /// <summary>How often a token's "last used" is written at most (not on every request).</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public const string NotAllowedMessage = "Only an Administrator can create or revoke API tokens. Nothing was changed.";

    /// <summary>True when the caller may create and revoke tokens (an Administrator on a page).</summary>
    public async Task<bool> MayManageAsync(CancellationToken cancellation = default) => MayManage(await authorization.ActorAsync(cancellation));

    /// <summary>Every token, newest first, with its owner's user ID.</summary>
    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        // Ordered by id (creation order): SQLite cannot order by a DateTimeOffset column.
        return await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.Id)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Scope, t.CreatedBy!.UserName ?? "", t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
            .ToListAsync(cancellation);
    }

    /// <summary>The expiries the API Tokens page offers, in days from creation (null: never).</summary>
    public static IReadOnlyList<int?> ExpiryChoices { get; } = [null, 7, 30, 90, 365];

    /// <summary>A new token expiring <paramref name="validDays"/> days from now (null: never).</summary>
    public Task<ApiTokenCreation> CreateAsync(string? name, ApiTokenScope scope, int? validDays, CancellationToken cancellation = default) =>
        CreateAsync(name, scope, validDays is int days ? time.GetUtcNow().AddDays(days) : null, cancellation);

    /// <summary>A new token of the calling administrator, audited in the same save (name, scope, expiry, prefix; never the secret or its hash); the secret in the answer is the only copy there will ever be.</summary>
    public async Task<ApiTokenCreation> CreateAsync(string? name, ApiTokenScope scope, DateTimeOffset? expiresAt, CancellationToken cancellation = default)
    {
        var actor = await authorization.ActorAsync(cancellation);
        if (!MayManage(actor))
        {
            return new ApiTokenCreation(null, null, [new FieldError("", NotAllowedMessage)]);
        }

        var now = time.GetUtcNow();
        var errors = new List<FieldError>();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(new FieldError(nameof(ApiToken.Name), "Name the token (what uses it, e.g. \"ansible-nightly\")."));
        }
        else if (trimmed.Length > MaxNameLength)
        {
            errors.Add(new FieldError(nameof(ApiToken.Name), $"A token's name has at most {MaxNameLength} characters."));
        }

        if (!Enum.IsDefined(scope))
        {
            errors.Add(new FieldError(nameof(ApiToken.Scope), "The scope is Read-only or Read-write."));
        }

        if (expiresAt is { } end && end <= now)
        {
            errors.Add(new FieldError(nameof(ApiToken.ExpiresAt), "The expiry must be in the future (or none)."));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var normalized = actor.Account.ToUpperInvariant();
        var ownerId = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleOrDefaultAsync(cancellation);
        if (ownerId is null)
        {
            errors.Add(new FieldError("", NotAllowedMessage));
        }

        if (errors.Count > 0)
        {
            return new ApiTokenCreation(null, null, errors);
        }

        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = $"{Marker}_{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretLength / 2))}";
        var token = new ApiToken
        {
            Name = trimmed,
            Prefix = prefix,
            SecretHash = HashOf(secret),
            Scope = scope,
            ExpiresAt = expiresAt?.ToUniversalTime(),
            CreatedById = ownerId!,
            CreatedAt = now,
        };
        db.ApiTokens.Add(token);
        db.AuditEntries.Add(AuditTrail.AccountEntry(actor, AuditAction.Create, AccountObjects.ApiToken, trimmed,
            [
                new AuditChange("scope", null, scope.ToString()),
                new AuditChange("expiresAt", null, token.ExpiresAt?.ToString("O")),
                new AuditChange("prefix", null, prefix),
            ], now.UtcDateTime));
        await db.SaveChangesAsync(cancellation);
        return new ApiTokenCreation(new ApiTokenRow(token.Id, token.Name, token.Scope, actor.Account, token.CreatedAt, token.ExpiresAt, null, null), secret, []);
    }

    /// <summary>Revokes a token at once (its next request is 401) and writes the audit entry in the same save. Returns the refusals; revoking twice keeps the first time (and the first entry).</summary>
    public async Task<IReadOnlyList<FieldError>> RevokeAsync(int id, CancellationToken cancellation = default)
    {
        var actor = await authorization.ActorAsync(cancellation);
        if (!MayManage(actor))
        {
            return [new FieldError("", NotAllowedMessage)];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, cancellation);
        if (token is null)
        {
            return [new FieldError("", "There is no such API token.")];
        }

        if (token.RevokedAt is null)
        {
            var now = time.GetUtcNow();
            token.RevokedAt = now;
            db.AuditEntries.Add(AuditTrail.AccountEntry(actor, AuditAction.Update, AccountObjects.ApiToken, token.Name,
                [new AuditChange("revokedAt", null, now.ToString("O"))], now.UtcDateTime));
            await db.SaveChangesAsync(cancellation);
        }

        return [];
    }

    /// <summary>
    /// The caller a presented token speaks for, or null when it is malformed, unknown, revoked, expired, or its owner
    /// is gone. The hash is compared in constant time; "last used" is written at most once a minute.
    /// </summary>
    public async Task<ApiTokenCaller?> AuthenticateAsync(string presented, CancellationToken cancellation = default)
    {
        if (PrefixOf(presented) is not { } prefix)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var token = await db.ApiTokens.AsNoTracking().Include(t => t.CreatedBy).SingleOrDefaultAsync(t => t.Prefix == prefix, cancellation);
        var now = time.GetUtcNow();
        if (token?.CreatedBy is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(presented)), Encoding.ASCII.GetBytes(token.SecretHash))
            || !token.IsActiveAt(now))
        {
            return null;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == token.CreatedById)
            .Join(db.Roles, link => link.RoleId, role => role.Id, (_, role) => role.Name!).ToListAsync(cancellation);
        if (token.LastUsedAt is null || now - token.LastUsedAt >= LastUsedResolution)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), cancellation);
        }

        return new ApiTokenCaller(token.Id, token.Name, token.Scope, token.CreatedById, token.CreatedBy.UserName ?? "", roles);
    }

    /// <summary>SHA-256 of the whole token, lower-case hex: what is stored instead of the secret.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The prefix of a well-formed token (<c>mp_&lt;16 hex&gt;_&lt;64 hex&gt;</c>), else null.</summary>
    public static string? PrefixOf(string? token)
    {
        var parts = token?.Split('_');
        return parts is [Marker, { Length: PrefixLength } prefix, { Length: SecretLength } secret] && IsHex(prefix) && IsHex(secret) ? prefix : null;
    }

    private static bool IsHex(string text) => text.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));

    // Administrators on a page: not a read-only administrator, not an end user, not an API caller (a token cannot mint tokens).
    private static bool MayManage(ChangeActor actor) => actor is { MayChange: true, Channel: ChangeChannel.Page, TokenName: null };
}
