namespace AdminPortal.Core.Bulk;
internal static class ZzTimings
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, double> Ms = new();
    public static void Add(string k, long startTicks) => Ms.AddOrUpdate(k, System.Diagnostics.Stopwatch.GetElapsedTime(startTicks).TotalMilliseconds, (_, v) => v + System.Diagnostics.Stopwatch.GetElapsedTime(startTicks).TotalMilliseconds);
    public static long T => System.Diagnostics.Stopwatch.GetTimestamp();
    public static void Dump(string what) { if (Environment.GetEnvironmentVariable("IMPORT_TIMING") == "1") Console.Error.WriteLine(what + ": " + string.Join(", ", Ms.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value:0}"))); Ms.Clear(); }
}
