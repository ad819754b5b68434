namespace AdminPortal.Core.Bulk;

/// <summary>
/// The engine's progress reports as a running job sees them: only the latest is kept (the runner writes it to the
/// job's row a few times a second), reported on the engine's own thread, never posted anywhere.
/// </summary>
public sealed class ImportJobLatestProgress : IProgress<ImportJobProgress>
{
    private ImportJobProgress? _latest;

    public ImportJobProgress? Latest => Volatile.Read(ref _latest);

    public void Report(ImportJobProgress value) => Volatile.Write(ref _latest, value);
}
