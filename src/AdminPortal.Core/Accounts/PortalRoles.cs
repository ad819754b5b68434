namespace AdminPortal.Core.Accounts;

/// <summary>The portal's roles and the authorization policies built on them.</summary>
public static class PortalRoles
{
    /// <summary>Everything under /ccmadmin.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Sees every administration page; the server refuses every change.</summary>
    public const string ReadOnlyAdministrator = "Read-Only Administrator";

    /// <summary>Only /ucmuser, and only their own objects.</summary>
    public const string EndUser = "End User";

    public static IReadOnlyList<string> All { get; } = [Administrator, ReadOnlyAdministrator, EndUser];

    /// <summary>Policy of /ccmadmin: either administrator role.</summary>
    public const string AdministrationPolicy = "Administration";

    /// <summary>Policy of /ucmuser.</summary>
    public const string SelfCarePolicy = "SelfCare";
}
