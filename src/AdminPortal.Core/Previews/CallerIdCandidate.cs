namespace AdminPortal.Core.Previews;

/// <summary>
/// A remote destination or mobility identity that a caller ID matches: its number, name, owner, and the owner's
/// enterprise number (the first line it rings, or the dual-mode device's first line).
/// </summary>
public sealed record CallerIdCandidate(int Id, string Destination, string Name, string OwnerUserId, bool IsMobilityIdentity, string? EnterpriseNumber);
