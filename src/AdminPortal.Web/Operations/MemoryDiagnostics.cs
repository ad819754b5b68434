using System.Diagnostics;
using AdminPortal.Core.Operations;

namespace AdminPortal.Web.Operations;

/// <summary>
/// <see cref="PortalUrls.MemoryDiagnostics"/>: the managed heap after a full, compacting collection, the circuits open,
/// and the process's CPU time, so that the load harness (tests/AdminPortal.LoadTests) can divide memory by circuits
/// (decision 019). Off unless <see cref="EnabledSetting"/> is true, and then for administrators only: each call stops
/// the process for a full collection, which no one else should be able to ask for.
/// </summary>
public static class MemoryDiagnostics
{
    public const string EnabledSetting = "Diagnostics:Enabled";

    /// <summary>What one call reports; the harness reads the same record.</summary>
    public sealed record Snapshot(long ManagedBytesAfterFullGc, long HeapSizeBytes, long WorkingSetBytes, long ActiveCircuits, double CpuSeconds, int Gen2Collections);

    public static IEndpointRouteBuilder MapMemoryDiagnostics(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue(EnabledSetting, false))
        {
            app.MapGet(PortalUrls.MemoryDiagnostics, Measure).RequireAuthorization(Core.Accounts.PortalRoles.AdministrationPolicy);
        }

        return app;
    }

    /// <summary>Collects twice around the finalizers (objects they free are counted out), then reads the heap.</summary>
    public static Snapshot Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new Snapshot(GC.GetTotalMemory(forceFullCollection: false), GC.GetGCMemoryInfo().HeapSizeBytes, process.WorkingSet64,
            PortalMetrics.ActiveCircuits, process.TotalProcessorTime.TotalSeconds, GC.CollectionCount(2));
    }
}
