namespace AdminPortal.Core.Audit;

/// <summary>Through what a change reached the store: the audit log's "channel" column.</summary>
public enum ChangeChannel
{
    /// <summary>An administrator's configuration page under /ccmadmin.</summary>
    Page,

    /// <summary>The HTTP API under /api/v1 (Basic or a token).</summary>
    Api,

    /// <summary>An end user's own page under /ucmuser.</summary>
    SelfCare,

    /// <summary>A bulk CSV import.</summary>
    Import,

    /// <summary>A change to a portal account (sign-in enabled, password reset, token created or revoked).</summary>
    Account,

    /// <summary>The portal itself: demo seeding, a tool, a test.</summary>
    System,
}
