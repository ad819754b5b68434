namespace AdminPortal.Core.Audit;

/// <summary>The audit log's object types for changes that are not configuration objects (channel Account).</summary>
public static class AccountObjects
{
    /// <summary>A portal sign-in account (an administrator's, or an end user's Self Care sign-in).</summary>
    public const string PortalAccount = "Portal Account";

    /// <summary>An API token (created, revoked).</summary>
    public const string ApiToken = "API Token";
}
