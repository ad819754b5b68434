using System.Net;

namespace AdminPortal.BrowserTests.Support;

/// <summary>
/// One portal process, <c>dotnet AdminPortal.Web.dll</c> as built beside the tests, on 127.0.0.1 at a fixed port
/// (so the proxy finds it again after a restart). Its request log (Information) says which requests it served.
/// </summary>
public sealed class PortalInstance(string name, IReadOnlyDictionary<string, string> settings) : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private ChildProcess? _process;

    /// <summary>The name the proxy knows it by (the server name in deploy/haproxy.cfg and the value of its cookie).</summary>
    public string Name { get; } = name;

    public int Port { get; } = ChildProcess.FreePort();

    public string Url => $"http://127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    public string Output => _process?.Output ?? "";

    /// <summary>Whether this instance logged a request whose address contains <paramref name="marker"/>.</summary>
    public bool Served(string marker) => Output.Contains(marker, StringComparison.Ordinal);

    /// <summary>Starts the process and waits until <c>/readyz</c> answers 200 (database prepared and reachable).</summary>
    public async Task StartAsync()
    {
        _process?.Dispose();
        var environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_URLS"] = Url,
        };
        _process = ChildProcess.Start(Name, "dotnet", [Path.Combine(AppContext.BaseDirectory, "AdminPortal.Web.dll")], environment, AppContext.BaseDirectory);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} stopped while starting:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync(Url + "/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} was not ready after {StartTimeout.TotalSeconds} s:\n{Output}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Kills the process at once (no graceful shutdown), as a crash would.</summary>
    public void Kill() => _process?.Kill();

    public void Dispose() => _process?.Dispose();
}
