namespace AdminPortal.Core.Data;

/// <summary>One object that uses the object being deleted ("Dependency Records" in Unified CM).</summary>
public sealed record DependencyRecord(string ObjectType, int Id, string Name, string Field)
{
    public override string ToString() => $"{ObjectType} '{Name}' (as {Field})";

    /// <summary>Why a delete of an object of kind <paramref name="objectLabel"/> is refused (R12), as the API and the import say it.</summary>
    public string InUseMessage(string objectLabel) => $"{objectLabel} is in use: {this}.";
}
