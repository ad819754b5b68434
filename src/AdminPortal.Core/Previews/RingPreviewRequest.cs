namespace AdminPortal.Core.Previews;

/// <summary>
/// The inputs of a ring preview, as the page's fields and the query string give them.
/// </summary>
/// <param name="User">The called user's User ID, or one of their directory numbers (ignored in Self Care: the signed-in user).</param>
/// <param name="Caller">A calling number as presented, <c>private</c>, or <c>unavailable</c> (also when empty).</param>
/// <param name="At">ISO-8601 date-time; with an offset (or Z) an instant, without one a wall-clock time in <paramref name="TimeZone"/>; empty: now.</param>
/// <param name="TimeZone">The viewer's IANA zone (default UTC), in which the heat map is read.</param>
/// <param name="Registered">Names of the user's dual-mode devices registered to Unified CM.</param>
/// <param name="ActiveCalls">Single Number Reach calls the user already has.</param>
/// <param name="HeatMap">Compute the week's heat map.</param>
public sealed record RingPreviewRequest(
    string? User = null,
    string? Caller = null,
    string? At = null,
    string? TimeZone = null,
    IReadOnlyList<string>? Registered = null,
    int ActiveCalls = 0,
    bool HeatMap = true);
