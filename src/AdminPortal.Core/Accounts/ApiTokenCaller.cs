namespace AdminPortal.Core.Accounts;

/// <summary>Who a valid API token speaks for: the token and its owner account with the owner's roles now.</summary>
public sealed record ApiTokenCaller(int TokenId, string TokenName, ApiTokenScope Scope, string OwnerId, string OwnerUserName, IReadOnlyList<string> OwnerRoles);
