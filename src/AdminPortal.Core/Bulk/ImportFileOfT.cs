using AdminPortal.Core.Common;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// A file of one object type: its rows as AXL resources, read as a stream (the reader parses while the import checks),
/// and the CSV column each AXL field is written in (errors name the column the administrator sees).
/// </summary>
public sealed class ImportFile<TAxl, TEntity>(string name, IAsyncEnumerable<ImportRow<TAxl>> rows, Func<string, string>? columnOf = null)
    : ImportFile(name)
    where TAxl : class, IAxlResource<TAxl, TEntity>
    where TEntity : Entity, new()
{
    public ImportFile(string name, IEnumerable<ImportRow<TAxl>> rows, Func<string, string>? columnOf = null)
        : this(name, rows.ToAsyncEnumerable(), columnOf)
    {
    }

    public IAsyncEnumerable<ImportRow<TAxl>> Rows { get; } = rows;

    /// <summary>The CSV column of an AXL field ("destination" is "DESTINATION"); the field itself when none is given.</summary>
    public Func<string, string> ColumnOf { get; } = columnOf ?? (field => field);

    public override Type EntityType => typeof(TEntity);

    internal override Task<ImportTypeCount> RunAsync(ImportRun run, CancellationToken cancellation) =>
        this is ImportFile<AxlRemoteDestination, RemoteDestination> destinations
            ? new DestinationImport(run, destinations).RunAsync(cancellation)
            : new ObjectImport<TAxl, TEntity>(run, this).RunAsync(cancellation);
}
