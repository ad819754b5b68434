using System.Globalization;
using System.Text;

namespace AdminPortal.LoadTests;

/// <summary>What one run measured: the timings of every interaction, the errors, and the server's figures.</summary>
public sealed record LoadResult(
    LoadSettings Settings,
    InteractionTimings Timings,
    TimeSpan LoopTime,
    ServerSnapshot? Empty,
    ServerSnapshot? Idle,
    ServerSnapshot? Closed,
    double? ServerCores)
{
    /// <summary>The harness process's own CPU during the loops (the client shares the machine with the server).</summary>
    public double? ClientCores { get; init; }

    /// <summary>
    /// Managed bytes per idle circuit: (heap with the circuits idle − heap once they closed) / circuits. The heap
    /// after they closed is the baseline, not the one before they opened: by then the first use of every page has
    /// filled the process's shared caches (EF Core's model and queries, MudBlazor, the components' metadata) once.
    /// </summary>
    public double? BytesPerIdleCircuit => Closed is null || Idle is null ? null : (Idle.ManagedBytesAfterFullGc - Closed.ManagedBytesAfterFullGc) / (double)Settings.Circuits;

    /// <summary>The figures as Markdown rows: one line per interaction, then the server's.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{Settings.Client} client, N = {Settings.Circuits} circuits, {LoopTime.TotalSeconds:F0} s of loops, think {Settings.MinThink.TotalSeconds:F1}-{Settings.MaxThink.TotalSeconds:F1} s, errors: {Timings.Errors.Count}, saves refused as changed by another tab: {Timings.Conflicts}");
        text.AppendLine();
        text.AppendLine("| interaction | count | p50 | p95 | max |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var interaction in Enum.GetValues<Interaction>())
        {
            var values = Timings.Of(interaction);
            text.AppendLine(c, $"| {interaction} | {values.Count} | {Ms(InteractionTimings.Percentile(values, 50))} | {Ms(InteractionTimings.Percentile(values, 95))} | {Ms(values.Count == 0 ? double.NaN : values[^1])} |");
        }

        var all = Enum.GetValues<Interaction>().SelectMany(Timings.Of).Order().ToList();
        text.AppendLine(c, $"| all | {all.Count} | {Ms(InteractionTimings.Percentile(all, 50))} | {Ms(InteractionTimings.Percentile(all, 95))} | {Ms(all.Count == 0 ? double.NaN : all[^1])} |");
        text.AppendLine();
        if (Empty is not null && Idle is not null && Closed is not null)
        {
            text.AppendLine(c, $"Server managed heap after a full GC: {Mib(Empty.ManagedBytesAfterFullGc)} before ({Empty.ActiveCircuits} circuits), {Mib(Idle.ManagedBytesAfterFullGc)} with {Idle.ActiveCircuits} idle circuits, {Mib(Closed!.ManagedBytesAfterFullGc)} after they closed ({Closed.ActiveCircuits} circuits): **{BytesPerIdleCircuit / 1024:F0} KB per idle circuit**; working set {Mib(Idle.WorkingSetBytes)} idle.");
        }

        if (ServerCores is double cores)
        {
            text.AppendLine(c, $"Server CPU during the loops: {cores:F2} cores on average.");
        }

        if (ClientCores is double client)
        {
            text.AppendLine(c, $"Harness process CPU during the loops: {client:F2} cores on average (browsers' own processes not included).");
        }

        foreach (var error in Timings.Errors.Take(10))
        {
            text.AppendLine(c, $"- error: {error}");
        }

        return text.ToString();
    }

    private static string Ms(double value) => double.IsNaN(value) ? "-" : value.ToString("F0", CultureInfo.InvariantCulture) + " ms";

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";
}
