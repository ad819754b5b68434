namespace AdminPortal.LoadTests;

/// <summary>One load run: how many circuits, for how long, with what pause between a person's clicks.</summary>
public sealed record LoadSettings
{
    public required string BaseUrl { get; init; }

    /// <summary>What drives the circuits: Chromium tabs or the protocol client.</summary>
    public LoadClient Client { get; init; } = LoadClient.Browser;

    public required int Circuits { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>A person's pause between two interactions, drawn uniformly between these bounds.</summary>
    public TimeSpan MinThink { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxThink { get; init; } = TimeSpan.FromSeconds(3);

    public string UserName { get; init; } = "admin";

    public required string Password { get; init; }

    /// <summary>The names searched are "bulk D" (D a digit 1-9): <c>LargeCluster</c>'s names.</summary>
    public string SearchPrefix { get; init; } = "bulk";

    /// <summary>How long one interaction may take before it counts as an error.</summary>
    public TimeSpan InteractionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reads the server's memory after a full collection (needs <c>Diagnostics:Enabled</c> on the portal).</summary>
    public bool MeasureMemory { get; init; } = true;

    /// <summary>Whole turns of the loop each circuit finishes even past <see cref="Duration"/> (the smoke run: every interaction, even on a slow machine).</summary>
    public int MinimumTurns { get; init; }

    /// <summary>How long the idle circuits stay open after they were measured (time to take a gcdump of the server).</summary>
    public TimeSpan HoldIdle { get; init; } = TimeSpan.Zero;

    /// <summary>Circuits opened at once while the run starts.</summary>
    public int OpenConcurrency { get; init; } = 4;
}
