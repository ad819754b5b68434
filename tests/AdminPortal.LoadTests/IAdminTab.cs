namespace AdminPortal.LoadTests;

/// <summary>
/// One administrator's tab in a load run, whichever client drives it: a Chromium tab (<see cref="AdminCircuit"/>) or
/// the protocol client (<see cref="ProtocolCircuit"/>). Both do the loop of <see cref="Interaction"/> with the same
/// pauses and the same "result shown" conditions (decisions 019 and 022).
/// </summary>
public interface IAdminTab : IAsyncDisposable
{
    /// <summary>Turns of the loop until <paramref name="until"/>; a failed interaction is an error, and the tab reloads the list.</summary>
    Task RunAsync(DateTime until, CancellationToken cancellation);

    /// <summary>Leaves the tab idle on the list (where the memory per idle circuit is measured).</summary>
    Task IdleOnListAsync();
}
