namespace AdminPortal.Core.Data;

/// <summary>One object that uses the object being deleted ("Dependency Records" in Unified CM).</summary>
public sealed record DependencyRecord(string ObjectType, int Id, string Name, string Field)
{
    public override string ToString() => $"{ObjectType} '{Name}' (as {Field})";
}
