using System.Text.Json;
using System.Text.Json.Nodes;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.Rules;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// What the files of one import share while it runs: the context whose transaction holds the cluster lock, who
/// imports (channel Import, the job id), the mode, the refused rows so far and the progress to report.
/// </summary>
internal sealed class ImportRun(PortalDbContext db, ChangeActor actor, ImportMode mode, IProgress<ImportProgress>? progress)
{
    /// <summary>Rows between two progress reports.</summary>
    public const int ProgressStep = 1_000;

    public PortalDbContext Db { get; } = db;

    public ChangeActor Actor { get; } = actor;

    public ImportMode Mode { get; } = mode;

    public List<ImportError> Errors { get; } = [];

    /// <summary>Primary user devices to set once the import's phones are in.</summary>
    public List<PrimaryDeviceLater> PrimaryDevicesLater { get; } = [];

    /// <summary>Rows refused so far, in every file.</summary>
    public int Refused { get; set; }

    /// <summary>
    /// Rows of a file between two collections of the young generations while an import runs (decision 027). The
    /// portal's server GC lets each heap's young generation take ~130 MiB of allocations before it collects, so a
    /// 40,000-row import's garbage alone reached 250-300 MiB; collected every 8,000 rows it stays at what those rows
    /// allocate (~60 MiB at ~7.6 KB a row), and the rest of the process (every circuit) keeps the GC's own budgets.
    /// Every 4,000 rows held the peak lower (55 MiB) but the ten collections cost the import ~10 % of its time.
    /// </summary>
    public const int RowsPerCollection = 8_000;

    /// <summary>Called after each row of a file: reports the progress every <see cref="ProgressStep"/> rows and collects the import's garbage every <see cref="RowsPerCollection"/>.</summary>
    public void Report(string file, int checkedRows, int written)
    {
        if (checkedRows % RowsPerCollection == 0)
        {
            GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
        }

        if (progress is not null && (checkedRows % ProgressStep == 0))
        {
            progress.Report(new ImportProgress(file, checkedRows, written));
        }
    }

    public void ReportDone(string file, int checkedRows, int written) => progress?.Report(new ImportProgress(file, checkedRows, written));

    /// <summary>Adds a row's refusals: each field error under its CSV column, with the cell's value and the rule's guide line.</summary>
    public void Refuse<TAxl>(string file, int row, TAxl? resource, Func<string, string> fieldOf, Func<string, string> columnOf, IEnumerable<FieldError> errors)
        where TAxl : class
    {
        JsonObject? values = null;
        foreach (var error in errors)
        {
            var field = fieldOf(error.Field);
            values ??= resource is null ? null : JsonSerializer.SerializeToNode(resource, AxlJsonOptions.Strict) as JsonObject;
            var root = field.Split('[', '.')[0];
            var value = values?[root] switch
            {
                null => null,
                JsonValue v when v.TryGetValue<string>(out var text) => text,
                var node => node.ToJsonString(),
            };
            Errors.Add(new ImportError(file, row, field.Length == 0 ? "" : columnOf(field), value, error.RuleId, error.Message, DesignRules.Find(error.RuleId)?.Source));
        }

        Refused++;
    }
}
