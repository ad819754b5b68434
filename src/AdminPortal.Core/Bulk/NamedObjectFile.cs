using AdminPortal.Core.Common;
using AdminPortal.Core.Interchange;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The file of an object that is a name and a description (physical locations, device mobility groups, each
/// catalog): <c>PHYSICAL LOCATION NAME, DESCRIPTION</c>, the name's header from the object's label.
/// </summary>
public sealed class NamedObjectFile<T> : BulkFileOf<AxlNamedObject<T>, T>
    where T : NamedEntity, new()
{
    private static readonly BulkColumn Description = new("DESCRIPTION");

    public NamedObjectFile()
    {
        KeyColumn = new BulkColumn($"{ObjectLabels.For<T>().ToUpperInvariant()} NAME") { Required = true };
        Columns = [KeyColumn, Description];
    }

    public override IReadOnlyList<BulkColumn> Columns { get; }

    public override BulkColumn KeyColumn { get; }

    protected override void Write(AxlNamedObject<T> resource, BulkLine line) => line.Add(resource.Name).Add(resource.Description);

    protected override AxlNamedObject<T> ReadRow(BulkCells cells) => new() { Name = cells.Required(KeyColumn), Description = cells.Text(Description) };
}
