namespace AdminPortal.Core.Bulk;

/// <summary>One line of a report's "counts per type": rows read, accepted and refused for one object type.</summary>
public sealed record ImportTypeCount(string ObjectType, int Rows, int Accepted, int Refused);
