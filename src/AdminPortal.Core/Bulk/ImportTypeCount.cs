namespace AdminPortal.Core.Bulk;

/// <summary>One file's (one object type's) figures in an import report.</summary>
public sealed record ImportTypeCount(string File, string ObjectType, int Rows, int Accepted, int Refused, int Added, int Updated, int Deleted);
