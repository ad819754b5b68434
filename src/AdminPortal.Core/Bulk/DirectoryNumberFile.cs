using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Bulk;

/// <summary>The directory numbers file, BAT's names: <c>DIRECTORY NUMBER, ROUTE PARTITION, DESCRIPTION</c>; keyed by pattern and partition.</summary>
public sealed class DirectoryNumberFile : BulkFileOf<AxlDirectoryNumber, DirectoryNumber>
{
    private static readonly BulkColumn Pattern = new("DIRECTORY NUMBER") { Required = true, Field = "pattern" };
    private static readonly BulkColumn Partition = new("ROUTE PARTITION");
    private static readonly BulkColumn Description = new("DESCRIPTION");

    public override IReadOnlyList<BulkColumn> Columns { get; } = [Pattern, Partition, Description];

    public override BulkColumn KeyColumn => Pattern;

    public override (string Key, string? Partition) KeyOf(BulkCells cells) => (cells.Text(Pattern) ?? "", cells.Text(Partition));

    protected override IQueryable<DirectoryNumber> Ordered(IQueryable<DirectoryNumber> query) =>
        query.OrderBy(d => d.Pattern).ThenBy(d => d.Partition == null ? "" : d.Partition.Name);

    protected override void Write(AxlDirectoryNumber resource, BulkLine line) =>
        line.Add(resource.Pattern).Add(resource.RoutePartitionName).Add(resource.Description);

    protected override AxlDirectoryNumber ReadRow(BulkCells cells) => new()
    {
        Pattern = cells.Required(Pattern),
        RoutePartitionName = cells.Text(Partition),
        Description = cells.Text(Description),
    };
}
