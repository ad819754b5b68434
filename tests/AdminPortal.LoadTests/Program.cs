using System.Globalization;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.LoadTests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

// The load harness of issue 14 (docs/benchmarks.md, "Circuits under load"; decision 019). Two verbs:
//   seed FILE [TOTAL]   migrate a SQLite file, seed the demo and bulk remote destinations up to TOTAL (40,000)
//   run URL N[,N...] [SECONDS] [--client browser|protocol] [--think MIN-MAX] [--hold SECONDS] [--no-memory]
//                       N admin tabs against a running portal started with Diagnostics__Enabled=true, each looping
//                       over Interaction for SECONDS (60): in one headless Chromium (one browser context each; the
//                       default) or with the protocol-level Blazor client (one SignalR connection each; decision 022).
if (args is ["seed", var file, .. var rest])
{
    var total = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 40_000;
    var contexts = new FileContexts($"Data Source={file}");
    await using (var db = contexts.CreateDbContext())
    {
        await DatabaseStartup.PrepareAsync(db, seedDemoData: true, NullLogger.Instance);
    }

    int existing;
    await using (var db = contexts.CreateDbContext())
    {
        existing = await db.RemoteDestinations.CountAsync();
    }

    if (total > existing)
    {
        await LargeCluster.SeedAsync(contexts, total - existing);
    }

    Console.WriteLine($"{file}: {Math.Max(total, existing)} remote destinations");
    return 0;
}

if (args is not ["run", var url, var counts, .. var options])
{
    Console.Error.WriteLine("usage: seed FILE [TOTAL] | run URL N[,N...] [SECONDS] [--client browser|protocol] [--think MIN-MAX] [--hold SECONDS] [--no-memory]");
    return 2;
}

var seconds = options is [var first, ..] && int.TryParse(first, CultureInfo.InvariantCulture, out var given) ? given : 60;
var think = options.SkipWhile(o => o != "--think").Skip(1).FirstOrDefault()?.Split('-').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray() ?? [1, 3];
var client = options.SkipWhile(o => o != "--client").Skip(1).FirstOrDefault() switch
{
    null or "browser" => LoadClient.Browser,
    "protocol" => LoadClient.Protocol,
    var other => throw new ArgumentException($"--client {other}: browser or protocol"),
};
using var playwright = client == LoadClient.Browser ? await Playwright.CreateAsync() : null;
await using var browser = playwright is null ? null : await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
Console.WriteLine($"AdminPortal load harness ({client} client), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, against {url}");
foreach (var n in counts.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)))
{
    var settings = new LoadSettings
    {
        BaseUrl = url.TrimEnd('/'),
        Client = client,
        Circuits = n,
        Duration = TimeSpan.FromSeconds(seconds),
        MinThink = TimeSpan.FromSeconds(think[0]),
        MaxThink = TimeSpan.FromSeconds(think[1]),
        Password = Environment.GetEnvironmentVariable("LOADTEST_PASSWORD") ?? "Mobility-Admin-1",
        MeasureMemory = !options.Contains("--no-memory"),
        HoldIdle = TimeSpan.FromSeconds(options.SkipWhile(o => o != "--hold").Skip(1).Select(h => int.Parse(h, CultureInfo.InvariantCulture)).FirstOrDefault()),
        // The protocol client opens a tab in milliseconds of its own CPU; Chromium's four at a time.
        OpenConcurrency = client == LoadClient.Protocol ? 10 : 4,
    };
    var result = browser is null
        ? await LoadRun.RunProtocolAsync(settings, Console.Out)
        : await LoadRun.RunAsync(browser, settings, Console.Out);
    Console.WriteLine();
    Console.WriteLine(result.ToMarkdown());
    Console.WriteLine(DateTime.UtcNow.ToString("HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
}

if (client == LoadClient.Protocol)
{
    Console.WriteLine("JS interop calls answered by the protocol client: " + string.Join(", ", BrowserInterop.Calls.OrderByDescending(c => c.Value).Select(c => $"{c.Key} ×{c.Value}")));
}

return 0;
