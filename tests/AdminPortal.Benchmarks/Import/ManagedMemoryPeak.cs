namespace AdminPortal.Benchmarks.Import;

/// <summary>
/// The most managed memory in use while an action runs, above what was in use before it (after a full collection):
/// <see cref="GC.GetTotalMemory(bool)"/> sampled every millisecond on another thread.
/// </summary>
public static class ManagedMemoryPeak
{
    public static async Task<(T Result, long PeakBytes)> MeasureAsync<T>(Func<Task<T>> action)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(1);
            }
        });
        var result = await action();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        await stop.CancelAsync();
        await sampler;
        return (result, Math.Max(0, peak - baseline));
    }
}
