namespace AdminPortal.LoadTests;

/// <summary>What drives the circuits of a load run (<c>--client</c>).</summary>
public enum LoadClient
{
    /// <summary>Headless Chromium, one browser context per circuit (decision 019).</summary>
    Browser,

    /// <summary>The protocol-level Blazor client, one SignalR connection per circuit (decision 022).</summary>
    Protocol,
}
