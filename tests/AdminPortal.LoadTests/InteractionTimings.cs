using System.Collections.Concurrent;

namespace AdminPortal.LoadTests;

/// <summary>Every interaction's duration and every error of a run, recorded from many circuits at once.</summary>
public sealed class InteractionTimings
{
    private readonly ConcurrentDictionary<Interaction, ConcurrentBag<double>> _milliseconds = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public void Record(Interaction interaction, TimeSpan elapsed) =>
        _milliseconds.GetOrAdd(interaction, _ => []).Add(elapsed.TotalMilliseconds);

    private int _conflicts;

    public void Error(string what) => _errors.Enqueue(what);

    /// <summary>A save refused because another tab saved the same object first (optimistic concurrency, not an error).</summary>
    public void Conflict() => Interlocked.Increment(ref _conflicts);

    public int Conflicts => Volatile.Read(ref _conflicts);

    public IReadOnlyList<string> Errors => [.. _errors];

    public IReadOnlyList<double> Of(Interaction interaction) =>
        _milliseconds.TryGetValue(interaction, out var bag) ? [.. bag.Order()] : [];

    /// <summary>The nearest-rank percentile of sorted values (p in 0-100).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
