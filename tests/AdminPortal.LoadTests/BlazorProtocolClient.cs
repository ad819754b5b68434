using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.LoadTests;

/// <summary>
/// One browser tab without the browser (decision 022): it loads a page over HTTP with the signed-in cookie, reads
/// the prerendered page's interactive root components (the <c>&lt;!--Blazor:{…}--&gt;</c> markers), and starts their
/// circuit on <c>/_blazor</c> as blazor.web.js does in .NET 10 (<c>StartCircuit</c>, then <c>UpdateRootComponents</c>);
/// it applies and acknowledges every render batch, answers every JS interop call (<see cref="BrowserInterop"/>), and
/// sends what a browser sends for a click, a typed value, a key or a navigation. What it never does is the browser's
/// own work (layout, painting, running scripts): that happens on the user's machine, not the server's.
/// </summary>
public sealed partial class BlazorProtocolClient : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly string _baseUri;
    private readonly Action<string> _error;
    private readonly List<(Func<RenderedDocument, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _dotNetCalls = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<bool>> _locationChanging = new();
    private long _interopObjectId = -1;
    private long _lastBatch;
    private int _nextCall;
    private bool _hasLocationChangingListeners;
    private bool _disposing;
    private string? _circuit;

    private readonly CookieContainer _cookies;

    private BlazorProtocolClient(HubConnection hub, CookieContainer cookies, string baseUri, string location, Action<string> error)
    {
        _cookies = cookies;
        _hub = hub;
        _baseUri = baseUri;
        Location = location;
        _error = error;
    }

    /// <summary>The page as rendered; read it only inside <see cref="WaitForAsync"/>'s condition or after it.</summary>
    public RenderedDocument Document { get; } = new();

    /// <summary>The address the tab shows.</summary>
    public string Location { get; private set; }

    /// <summary>Render batches received (and acknowledged).</summary>
    public int Batches { get; private set; }

    /// <summary>Loads <paramref name="path"/> as a new tab and starts its circuit; returns once the server rendered it.</summary>
    public static async Task<BlazorProtocolClient> OpenAsync(string baseUrl, string path, CookieContainer cookies, Action<string> error, TimeSpan timeout)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { Timeout = timeout };
        var url = baseUrl + path;
        var html = await http.GetStringAsync(url);
        var markers = ServerMarker().Matches(html).Select(m => JsonNode.Parse(m.Groups["json"].Value)!.AsObject()).Where(m => m.ContainsKey("descriptor")).ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"{url} has no interactive server component (is the cookie signed in?)");
        }

        var state = ServerState().Match(html) is { Success: true } found ? found.Groups["state"].Value : "";
        // The builder registers JSON; Blazor's hub accepts only blazorpack (the last registration is the one used).
        var client = new BlazorProtocolClient(BuildHub(baseUrl, cookies), cookies, baseUrl + "/", url, error);
        client.Listen();
        await client._hub.StartAsync();
        client._circuit = await client._hub.InvokeAsync<string?>("StartCircuit", client._baseUri, url, "[]", state);
        if (string.IsNullOrEmpty(client._circuit))
        {
            throw new InvalidOperationException($"the server refused to start a circuit for {url}");
        }

        var operations = new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray([.. markers.Select((marker, i) => (JsonNode)new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = marker,
            })]),
        };
        await client._hub.SendAsync("UpdateRootComponents", operations.ToJsonString(), state);
        await client.WaitForAsync(d => d.Roots.Count == markers.Count && d.Roots.All(r => r.Children.Count > 0), timeout);
        return client;
    }

    private static HubConnection BuildHub(string baseUrl, CookieContainer cookies)
    {
        var builder = new HubConnectionBuilder().WithUrl(baseUrl + "/_blazor", options =>
        {
            options.Cookies = cookies;
            options.Transports = HttpTransportType.WebSockets;
        });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var hub = builder.Build();
        // As blazor.web.js's defaults: a server silent for 30 s is gone; a ping every 15 s.
        hub.ServerTimeout = TimeSpan.FromSeconds(30);
        hub.KeepAliveInterval = TimeSpan.FromSeconds(15);
        return hub;
    }

    /// <summary>Waits until <paramref name="condition"/> holds on the page (checked after every acknowledged render batch).</summary>
    public async Task WaitForAsync(Func<RenderedDocument, bool> condition, TimeSpan timeout)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (Document)
        {
            if (condition(Document))
            {
                return;
            }

            _waiters.Add((condition, done));
        }

        try
        {
            await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (Document)
            {
                _waiters.RemoveAll(w => w.Done == done);
            }

            throw new TimeoutException($"the page did not show the result within {timeout.TotalSeconds:F0} s (at {Location})");
        }
    }

    /// <summary>Reads the page under the lock the render batches are applied under.</summary>
    public T Read<T>(Func<RenderedDocument, T> read)
    {
        lock (Document)
        {
            return read(Document);
        }
    }

    /// <summary>
    /// Closes the tab as a browser does: the unload beacon (<c>_blazor/disconnect</c> with the circuit's id) ends the
    /// circuit at once, then the connection closes.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        try
        {
            if (_circuit is not null)
            {
                using var http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies }) { Timeout = TimeSpan.FromSeconds(30) };
                using var beacon = new FormUrlEncodedContent([new("circuitId", _circuit)]);
                using var response = await http.PostAsync(_baseUri + "_blazor/disconnect", beacon);
            }
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            _error($"closing the tab: {failure.Message}");
        }
        finally
        {
            await _hub.DisposeAsync();
        }
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex ServerMarker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex ServerState();
}
