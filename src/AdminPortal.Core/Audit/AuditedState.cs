using System.Text.Json.Nodes;

namespace AdminPortal.Core.Audit;

/// <summary>An object as the audit compares it: its AXL resource, and the one secret it keeps out of it (a PIN), if any.</summary>
public sealed record AuditedState(JsonObject Resource, string? Secret);
