using Microsoft.AspNetCore.Identity;

namespace AdminPortal.Core.Accounts;

/// <summary>
/// A sign-in to the portal (ASP.NET Core Identity). An end user's Self Care account has the End User's user id as
/// its user name and points at that End User; administrators' accounts point at none.
/// </summary>
public sealed class PortalAccount : IdentityUser
{
    public int? EndUserId { get; set; }
}

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
