using AdminPortal.Core.Operations;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdminPortal.Web.Operations;

/// <summary>Counts the interactive circuits (one per browser tab) open on this instance: <c>portal.circuits.active</c>.</summary>
public sealed class CircuitMetrics : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        PortalMetrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        PortalMetrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
