namespace AdminPortal.Core.Bulk;

/// <summary>
/// One kind of object that travels in bulk files: its slug (the HTTP API's collection name, <c>remote-destinations</c>),
/// its stored entity, its file's columns, and its place in <see cref="BulkObjectTypes.InDependencyOrder"/>.
/// </summary>
public sealed class BulkObjectType(string slug, Type entityType, BulkFile file, int order)
{
    public string Slug { get; } = slug;

    public Type EntityType { get; } = entityType;

    /// <summary>The <c>Axl…</c> record a row reads into and an export writes from.</summary>
    public Type ResourceType => File.ResourceType;

    public BulkFile File { get; } = file;

    /// <summary>The object type's name for people ("Remote Destination").</summary>
    public string Label => File.Label;

    /// <summary>The file's name, in an archive and in a download: <c>remote-destinations.csv</c>.</summary>
    public string FileName => Slug + ".csv";

    /// <summary>0 for the first type an import applies; every type comes after the types its objects refer to.</summary>
    public int Order { get; } = order;

    public override string ToString() => Slug;
}
