namespace AdminPortal.Web.Api;

/// <summary>An object a finding is about: its kind (Unified CM's label) and name.</summary>
public sealed record FindingObjectJson(string Type, string Name);
