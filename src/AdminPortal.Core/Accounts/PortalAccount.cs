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
