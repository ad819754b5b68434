namespace AdminPortal.Core.SelfCare;

/// <summary>One of the user's access lists.</summary>
public sealed record SelfCareAccessList(int Id, string Name, bool IsAllowedType, int Members);
