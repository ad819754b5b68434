namespace AdminPortal.Core.Bulk;

/// <summary>One line of a report's "counts per type": rows read, accepted and refused for one object type.</summary>
public sealed record ImportJobTypeCount(string ObjectType, int Rows, int Accepted, int Refused);
