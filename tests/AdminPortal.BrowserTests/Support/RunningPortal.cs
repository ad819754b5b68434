using System.Net;
using AdminPortal.Core.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdminPortal.BrowserTests.Support;

/// <summary>
/// The real portal on Kestrel at 127.0.0.1 (a free port) over a throwaway SQLite file with the demo data (or, made
/// with <see cref="Fresh"/>, an empty portal whose only account is the demo's admin), and Debian's Chromium driven
/// by Playwright. Shared by the tests of a class.
/// </summary>
public sealed class RunningPortal : IAsyncLifetime, IAsyncDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly bool _demoData;

    public RunningPortal()
        : this(demoData: true)
    {
    }

    private RunningPortal(bool demoData) => _demoData = demoData;

    /// <summary>A portal with no configuration yet (migrated, nothing seeded), for imports into an empty cluster.</summary>
    public static RunningPortal Fresh() => new(demoData: false);
    private PortalFactory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public SqliteTestDatabase Database => _database;

    public async Task InitializeAsync()
    {
        _factory = new PortalFactory(_database.ConnectionString, _demoData);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    /// <summary>Signs in (the demo administrator unless told otherwise), opens a page and waits until Blazor's circuit answers events.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1400, int height = 1000, string user = "admin")
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await SignInAsync(page, user);
        await GoAsync(page, path);
        return page;
    }

    /// <summary>Signs in through the sign-in form with a demo account.</summary>
    public Task SignInAsync(IPage page, string user) => page.SignInAsync(BaseUrl, user);

    public Task GoAsync(IPage page, string path) => page.GoInteractiveAsync(BaseUrl + path);

    /// <summary>The repository's docs/screenshots folder, found from the test's output folder.</summary>
    public static string ScreenshotPath(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AdminPortal.sln")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    private sealed class PortalFactory(string connectionString, bool demoData) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var admin = AdminPortal.Web.Accounts.AccountBootstrap.DemoAccounts.Single(a => a.UserName == "admin");
            builder.UseEnvironment("Development");
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Portal"] = connectionString,
                ["DemoData:Enabled"] = demoData ? "true" : "false",
                ["Bootstrap:AdminUser"] = demoData ? null : admin.UserName,
                ["Bootstrap:AdminPassword"] = demoData ? null : admin.Password,
                // The load harness's memory probe (LoadSmokeTests), admin-only.
                ["Diagnostics:Enabled"] = "true",
            }));
        }
    }
}
