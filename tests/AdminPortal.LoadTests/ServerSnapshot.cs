using System.Text.Json;
using Microsoft.Playwright;

namespace AdminPortal.LoadTests;

/// <summary>
/// The portal's own figures at one moment, read from its admin-only <c>/diagnostics/memory</c> (the server runs a
/// full, compacting collection first; <c>Diagnostics:Enabled=true</c> on the portal): managed bytes, circuits open,
/// the process's CPU seconds so far.
/// </summary>
public sealed record ServerSnapshot(long ManagedBytesAfterFullGc, long HeapSizeBytes, long WorkingSetBytes, long ActiveCircuits, double CpuSeconds, int Gen2Collections)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads it with the signed-in administrator's cookie of <paramref name="request"/>.</summary>
    public static async Task<ServerSnapshot> ReadAsync(IAPIRequestContext request, string baseUrl)
    {
        // A full collection of a heap under load, on a starved machine, can take far longer than a page's 30 s.
        var response = await request.GetAsync(baseUrl + "/diagnostics/memory", new() { Timeout = 180_000 });
        if (!response.Ok)
        {
            throw new InvalidOperationException($"{baseUrl}/diagnostics/memory answered {response.Status}: start the portal with Diagnostics__Enabled=true.");
        }

        return Parse(await response.TextAsync());
    }

    /// <summary>Reads it with <paramref name="http"/>, which holds the signed-in administrator's cookie (the protocol client's runs).</summary>
    public static async Task<ServerSnapshot> ReadAsync(HttpClient http, string baseUrl)
    {
        using var response = await http.GetAsync(baseUrl + "/diagnostics/memory");
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{baseUrl}/diagnostics/memory answered {(int)response.StatusCode}: start the portal with Diagnostics__Enabled=true.");
        }

        return Parse(await response.Content.ReadAsStringAsync());
    }

    private static ServerSnapshot Parse(string json) =>
        JsonSerializer.Deserialize<ServerSnapshot>(json, Json) ?? throw new InvalidOperationException("/diagnostics/memory answered nothing.");
}
