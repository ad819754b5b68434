using AdminPortal.Core.Common;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// One file of an import (one object type): its name as the report shows it, and its rows. The generic
/// <see cref="ImportFile{TAxl, TEntity}"/> holds the rows as the reader parsed them.
/// </summary>
public abstract class ImportFile(string name)
{
    public string Name { get; } = name;

    /// <summary>The stored object type the file's rows are.</summary>
    public abstract Type EntityType { get; }

    /// <summary>The file's label in the report: Unified CM's name of its object type.</summary>
    public string ObjectType => ObjectLabels.For(EntityType);

    /// <summary>Checks (and, unless the run says not to, writes) every row of the file inside the run's transaction.</summary>
    internal abstract Task<ImportTypeCount> RunAsync(ImportRun run, CancellationToken cancellation);
}
