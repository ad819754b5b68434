namespace AdminPortal.Core.SelfCare;

/// <summary>One of the user's remote destinations or mobility identities, as the Self Care list shows it.</summary>
public sealed record SelfCareDestination(int Id, string Name, string DestinationNumber, bool IsMobilePhone, bool EnableSingleNumberReach, bool IsMobilityIdentity);
