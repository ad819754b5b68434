using System.Reflection;
using System.Runtime.CompilerServices;
using AdminPortal.Core.Common;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.Rules;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// One file of an import (one object type): its name as the report shows it, and its rows. The generic
/// <see cref="ImportFile{TAxl, TEntity}"/> holds the rows; <see cref="Create"/> types the reader's rows of a file.
/// </summary>
public abstract class ImportFile(string name)
{
    private static readonly MethodInfo CreateOfMethod = typeof(ImportFile).GetMethod(nameof(CreateOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    public string Name { get; } = name;

    /// <summary>The stored object type the file's rows are.</summary>
    public abstract Type EntityType { get; }

    /// <summary>The file's label in the report: Unified CM's name of its object type.</summary>
    public string ObjectType => ObjectLabels.For(EntityType);

    /// <summary>The rows of one file of <paramref name="type"/> as the reader reads them, each problem a refusal of its row.</summary>
    public static ImportFile Create(BulkObjectType type, string fileName, IAsyncEnumerable<BulkRow> rows) =>
        (ImportFile)CreateOfMethod.MakeGenericMethod(type.ResourceType, type.EntityType).Invoke(null, [type, fileName, rows])!;

    /// <summary>Checks (and, unless the run says not to, writes) every row of the file inside the run's transaction.</summary>
    internal abstract Task<ImportTypeCount> RunAsync(ImportRun run, CancellationToken cancellation);

    /// <summary>A reader's problem as a report line, with its rule's guide line.</summary>
    internal static ImportError ErrorOf(BulkProblem problem) =>
        new(problem.File, problem.Row, problem.Column ?? "", problem.Value, problem.Rule, problem.Message, DesignRules.Find(problem.Rule)?.Source);

    private static ImportFile<TAxl, TEntity> CreateOf<TAxl, TEntity>(BulkObjectType type, string fileName, IAsyncEnumerable<BulkRow> rows)
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new() =>
        new(fileName, Typed<TAxl>(rows), field => ImportColumns.Of(type.File, field));

    private static async IAsyncEnumerable<ImportRow<TAxl>> Typed<TAxl>(IAsyncEnumerable<BulkRow> rows, [EnumeratorCancellation] CancellationToken cancellation = default)
        where TAxl : class
    {
        await foreach (var row in rows.WithCancellation(cancellation))
        {
            yield return new ImportRow<TAxl>(row.Row, row.Action, row.Key, row.Resource as TAxl, row.Problems.Count == 0 ? [] : [.. row.Problems.Select(ErrorOf)], row.KeyPartition);
        }
    }
}
