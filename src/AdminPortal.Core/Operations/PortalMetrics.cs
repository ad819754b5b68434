using System.Diagnostics.Metrics;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;

namespace AdminPortal.Core.Operations;

/// <summary>
/// The portal's own meter (<see cref="MeterName"/>): saves, refusals per rule id, deletes, audit entries and active
/// circuits. Measuring costs nothing until a listener (the OpenTelemetry exporter at <c>/metrics</c>, when
/// <c>Metrics:Enabled</c>) subscribes. Static, so that every <see cref="ConfigurationStore"/> (the tests make theirs
/// without a container) counts into the same instruments; see decision 014.
/// </summary>
public static class PortalMetrics
{
    public const string MeterName = "AdminPortal";

    /// <summary>The rule tag of a refusal that no design or field rule names (read-only account, stale copy, gone).</summary>
    public const string NoRule = "none";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Saves =
        Meter.CreateCounter<long>("portal.saves", "{save}", "Configuration objects saved through the store, by object type.");

    private static readonly Counter<long> Refusals =
        Meter.CreateCounter<long>("portal.save.refusals", "{refusal}", "Saves refused, once per rule id that refused them (R1-R12, or the refusal kind).");

    private static readonly Counter<long> Deletes =
        Meter.CreateCounter<long>("portal.deletes", "{object}", "Configuration objects deleted, and deletes refused, by object type and outcome.");

    private static readonly Counter<long> AuditEntries =
        Meter.CreateCounter<long>("portal.audit.entries", "{entry}", "Audit log entries written, by action.");

    private static readonly UpDownCounter<long> Circuits =
        Meter.CreateUpDownCounter<long>("portal.circuits.active", "{circuit}", "Interactive (Blazor Server) circuits open now.");

    /// <summary>Counts a save's outcome and hands it back unchanged.</summary>
    public static SaveResult Recorded<T>(SaveResult result)
        where T : Entity
    {
        var type = new KeyValuePair<string, object?>("object_type", ObjectLabels.For<T>());
        if (result.Succeeded)
        {
            Saves.Add(1, type);
            return result;
        }

        var rules = result.Errors.Select(e => e.RuleId).OfType<string>().Distinct().ToList();
        if (rules.Count == 0)
        {
            rules.Add(result.Refusal == SaveRefusal.Invalid ? NoRule : result.Refusal.ToString().ToLowerInvariant());
        }

        foreach (var rule in rules)
        {
            Refusals.Add(1, type, new KeyValuePair<string, object?>("rule", rule));
        }

        return result;
    }

    /// <summary>Counts a delete's outcome and hands it back unchanged.</summary>
    public static DeleteResult Recorded<T>(DeleteResult result)
        where T : Entity
    {
        var outcome = result.Succeeded ? "deleted" : result.Dependents.Count > 0 ? "in_use" : result.RefusalKind.ToString().ToLowerInvariant();
        Deletes.Add(result.Succeeded ? result.Deleted : 1,
            new KeyValuePair<string, object?>("object_type", ObjectLabels.For<T>()), new KeyValuePair<string, object?>("outcome", outcome));
        return result;
    }

    public static void AuditEntryWritten(AuditAction action, int count = 1) =>
        AuditEntries.Add(count, new KeyValuePair<string, object?>("action", action.ToString().ToLowerInvariant()));

    private static long _activeCircuits;

    /// <summary>The circuits open on this instance now (the figure <c>portal.circuits.active</c> reports).</summary>
    public static long ActiveCircuits => Interlocked.Read(ref _activeCircuits);

    public static void CircuitOpened()
    {
        Interlocked.Increment(ref _activeCircuits);
        Circuits.Add(1);
    }

    public static void CircuitClosed()
    {
        Interlocked.Decrement(ref _activeCircuits);
        Circuits.Add(-1);
    }
}
