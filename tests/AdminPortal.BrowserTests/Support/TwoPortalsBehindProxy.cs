using System.Net;
using System.Net.Http.Headers;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AdminPortal.BrowserTests.Support;

/// <summary>
/// Two portal processes on one throwaway PostgreSQL database (the server in PORTAL_TEST_POSTGRES) behind Debian's
/// HAProxy on 127.0.0.1, run with the repository's deploy/haproxy.cfg (the file docker-compose.yml mounts), and
/// Chromium. Without PostgreSQL or haproxy this fails, naming what is missing (.ci/run installs both).
/// The portals run in the Development environment: it is the one in which a build (not a publish) serves its
/// static files (blazor.web.js, MudBlazor) from the static web assets manifest.
/// </summary>
public sealed class TwoPortalsBehindProxy : IAsyncLifetime
{
    private static readonly TimeSpan ProxyTimeout = TimeSpan.FromSeconds(30);

    private readonly PostgresTestDatabase _database = new();
    private ChildProcess? _proxy;
    private IPlaywright? _playwright;

    public TwoPortalsBehindProxy()
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Portal"] = _database.ConnectionString,
            ["DemoData__Enabled"] = "true",
            // As in docker-compose.yml: the proxy's X-Forwarded-For is the browser's address.
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            // Each request logged, so a test can tell which instance served it.
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        };
        Instances = [new PortalInstance("portal1", settings), new PortalInstance("portal2", settings)];
    }

    public IReadOnlyList<PortalInstance> Instances { get; }

    public int ProxyPort { get; } = ChildProcess.FreePort();

    public string ProxyUrl => $"http://127.0.0.1:{ProxyPort}";

    public IBrowser Browser { get; private set; } = default!;

    public IDbContextFactory<PortalDbContext> Database => _database;

    /// <summary>The sticky cookie deploy/haproxy.cfg sets: its value names the instance.</summary>
    public const string InstanceCookie = "PortalInstance";

    public async Task InitializeAsync()
    {
        var haproxy = ChildProcess.Find("haproxy")
            ?? throw new InvalidOperationException("haproxy is not installed: apt-get install haproxy (.ci/run installs it when missing).");
        await _database.InitializeAsync();
        // Both at once on the new database: the startup lock lets one seed the demo data and the accounts.
        await Task.WhenAll(Instances.Select(instance => instance.StartAsync()));

        _proxy = ChildProcess.Start("haproxy", haproxy, ["-f", Path.Combine(RepositoryRoot(), "deploy", "haproxy.cfg"), "-db"], new Dictionary<string, string>
        {
            ["PROXY_BIND"] = $"127.0.0.1:{ProxyPort}",
            ["PORTAL1"] = $"127.0.0.1:{Instances[0].Port}",
            ["PORTAL2"] = $"127.0.0.1:{Instances[1].Port}",
        }, RepositoryRoot());
        await WaitForProxyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Browser is not null)
            {
                await Browser.DisposeAsync();
            }

            _playwright?.Dispose();
        }
        finally
        {
            _proxy?.Dispose();
            foreach (var instance in Instances)
            {
                instance.Dispose();
            }

            await _database.DisposeAsync();
        }
    }

    /// <summary>The instance a browser context is pinned to, by the proxy's cookie.</summary>
    public async Task<PortalInstance> PinnedInstanceAsync(IBrowserContext context)
    {
        var cookie = (await context.CookiesAsync([ProxyUrl])).SingleOrDefault(c => c.Name == InstanceCookie);
        Assert.True(cookie is not null, $"The proxy set no {InstanceCookie} cookie.");
        return Instances.Single(i => i.Name == cookie.Value);
    }

    /// <summary>Restarts an instance a test killed and waits until the proxy sends browsers to it again.</summary>
    public async Task EnsureBothRunningAsync()
    {
        foreach (var instance in Instances.Where(i => !i.IsRunning))
        {
            await instance.StartAsync();
            var deadline = DateTime.UtcNow + ProxyTimeout;
            while (!ProxySeesUp(instance))
            {
                Assert.True(DateTime.UtcNow < deadline, $"The proxy did not mark {instance.Name} up again:\n{_proxy!.Output}");
                await Task.Delay(250);
            }
        }
    }

    /// <summary>A read-write API token of the demo administrator, made as the API Tokens page makes one.</summary>
    public async Task<string> CreateTokenAsync(string name)
    {
        var created = await new ApiTokens(_database, new AdministratorOnPage(), TimeProvider.System).CreateAsync(name, ApiTokenScope.ReadWrite, (DateTimeOffset?)null);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        return created.Secret!;
    }

    /// <summary>A client of one instance's API (directly, not through the proxy) with a bearer token.</summary>
    public static HttpClient ApiClient(PortalInstance instance, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(instance.Url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>What the proxy and the instances printed, for a failure message.</summary>
    public string Diagnostics => string.Join("\n\n", Instances.Select(i => $"== {i.Name}\n{Tail(i.Output)}").Append($"== haproxy\n{Tail(_proxy?.Output ?? "")}"));

    /// <summary>HAProxy's last word on the server: "is DOWN" or "is UP" (it starts them up and says nothing).</summary>
    private bool ProxySeesUp(PortalInstance instance)
    {
        var output = _proxy!.Output;
        var down = output.LastIndexOf($"Server portals/{instance.Name} is DOWN", StringComparison.Ordinal);
        return down < 0 || output.LastIndexOf($"Server portals/{instance.Name} is UP", StringComparison.Ordinal) > down;
    }

    private async Task WaitForProxyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ProxyTimeout;
        while (true)
        {
            Assert.False(_proxy!.HasExited, $"haproxy stopped:\n{_proxy.Output}");
            try
            {
                if ((await client.GetAsync(ProxyUrl + "/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"haproxy did not answer /readyz:\n{Diagnostics}");
            await Task.Delay(100);
        }
    }

    private static string Tail(string text) => text.Length <= 4_000 ? text : text[^4_000..];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "AdminPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }

    private sealed class AdministratorOnPage : IChangeAuthorization
    {
        public Task<ChangeActor> ActorAsync(CancellationToken cancellation = default) => Task.FromResult(new ChangeActor("admin", ChangeChannel.Page, MayChange: true));
    }
}
