using System.Diagnostics;
using Microsoft.Playwright;

namespace AdminPortal.LoadTests;

/// <summary>
/// One run: sign in once (every tab reuses that cookie), read the server with no circuit, open N tabs (Chromium's or
/// the protocol client's), run their loops for the duration, leave them idle on the list, read the server again,
/// close them.
/// </summary>
public static class LoadRun
{
    /// <summary>A run with Chromium tabs (decision 019): one browser context per circuit.</summary>
    public static async Task<LoadResult> RunAsync(IBrowser browser, LoadSettings settings, TextWriter log, CancellationToken cancellation = default)
    {
        Assertions.SetDefaultExpectTimeout((float)settings.InteractionTimeout.TotalMilliseconds);
        await using var admin = await browser.NewContextAsync();
        var storageState = await SignInAsync(admin, settings);
        return await RunCoreAsync(
            settings with { Client = LoadClient.Browser },
            (timings, number) => Opened(AdminCircuit.OpenAsync(browser, storageState, settings, timings, number)),
            () => ServerSnapshot.ReadAsync(admin.APIRequest, settings.BaseUrl),
            log,
            cancellation);
    }

    /// <summary>A run with the protocol client (decision 022): one SignalR connection per circuit, no browser.</summary>
    public static async Task<LoadResult> RunProtocolAsync(LoadSettings settings, TextWriter log, CancellationToken cancellation = default)
    {
        var cookies = await PortalSignIn.SignInAsync(settings);
        // A full collection of a heap under load, on a starved machine, can take far longer than a page's 30 s.
        using var admin = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { Timeout = TimeSpan.FromMinutes(3) };
        return await RunCoreAsync(
            settings with { Client = LoadClient.Protocol },
            (timings, number) => Opened(ProtocolCircuit.OpenAsync(cookies, settings, timings, number)),
            () => ServerSnapshot.ReadAsync(admin, settings.BaseUrl),
            log,
            cancellation);
    }

    private static async Task<IAdminTab> Opened<T>(Task<T> opening)
        where T : IAdminTab => await opening;

    private static async Task<LoadResult> RunCoreAsync(
        LoadSettings settings,
        Func<InteractionTimings, int, Task<IAdminTab>> openTab,
        Func<Task<ServerSnapshot>> readServer,
        TextWriter log,
        CancellationToken cancellation)
    {
        ServerSnapshot? empty = null;
        if (settings.MeasureMemory)
        {
            empty = await WaitForCircuitsAsync(readServer, 0, log);
        }

        var timings = new InteractionTimings();
        var circuits = new List<IAdminTab>();
        try
        {
            var open = Stopwatch.StartNew();
            using var gate = new SemaphoreSlim(settings.OpenConcurrency);
            var opening = Enumerable.Range(0, settings.Circuits).Select(async number =>
            {
                await gate.WaitAsync(cancellation);
                try
                {
                    return await openTab(timings, number);
                }
                finally
                {
                    gate.Release();
                }
            }).ToList();
            circuits.AddRange(await Task.WhenAll(opening));
            log.WriteLine($"{settings.Circuits} circuits open in {open.Elapsed.TotalSeconds:F0} s");

            var before = settings.MeasureMemory ? await readServer() : null;
            var clientBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var loops = Stopwatch.StartNew();
            var until = DateTime.UtcNow + settings.Duration;
            await Task.WhenAll(circuits.Select(c => c.RunAsync(until, cancellation)));
            loops.Stop();
            var clientCores = (Process.GetCurrentProcess().TotalProcessorTime - clientBefore).TotalSeconds / loops.Elapsed.TotalSeconds;
            double? cores = null;
            if (before is not null)
            {
                // Read before the idle measurement's collection: the CPU of the loops only (and one collection before them).
                var after = await readServer();
                cores = (after.CpuSeconds - before.CpuSeconds) / loops.Elapsed.TotalSeconds;
            }

            // The loops' figures first, so that a run the machine cannot finish still reports them.
            log.WriteLine(new LoadResult(settings, timings, loops.Elapsed, null, null, null, cores) { ClientCores = clientCores }.ToMarkdown());
            await Task.WhenAll(circuits.Select(c => c.IdleOnListAsync()));
            ServerSnapshot? idle = null;
            if (settings.MeasureMemory)
            {
                // Three readings 10 s apart, the lowest kept: on a loaded machine the clients may still be
                // acknowledging render batches that the server holds until they do.
                for (var reading = 0; reading < 3; reading++)
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), cancellation);
                    var snapshot = await readServer();
                    idle = idle is null || snapshot.ManagedBytesAfterFullGc < idle.ManagedBytesAfterFullGc ? snapshot : idle;
                }
            }

            if (settings.HoldIdle > TimeSpan.Zero)
            {
                log.WriteLine($"{settings.Circuits} circuits idle on the list for {settings.HoldIdle.TotalSeconds:F0} s");
                await Task.Delay(settings.HoldIdle, cancellation);
            }

            await CloseAsync(circuits);
            var closed = settings.MeasureMemory ? await WaitForCircuitsAsync(readServer, 0, log) : null;
            return new LoadResult(settings, timings, loops.Elapsed, empty, idle, closed, cores) { ClientCores = clientCores };
        }
        finally
        {
            await CloseAsync(circuits);
        }
    }

    private static async Task CloseAsync(List<IAdminTab> circuits)
    {
        // Ten at a time: a hundred tabs unloading at once on two cores time out.
        using var gate = new SemaphoreSlim(10);
        await Task.WhenAll(circuits.Select(async circuit =>
        {
            await gate.WaitAsync();
            try
            {
                await circuit.DisposeAsync();
            }
            finally
            {
                gate.Release();
            }
        }));
        circuits.Clear();
    }

    /// <summary>Signs in through the form once and returns the cookie as Playwright's storage state.</summary>
    private static async Task<string> SignInAsync(IBrowserContext context, LoadSettings settings)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(settings.BaseUrl + "/account/signin");
        await page.Locator("#username").FillAsync(settings.UserName);
        await page.Locator("#password").FillAsync(settings.Password);
        await page.Locator("[data-test='signin']").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
        await page.CloseAsync();
        return await context.StorageStateAsync();
    }

    /// <summary>Waits (up to a minute) until the server counts <paramref name="circuits"/> open, e.g. the tabs of an earlier run closed.</summary>
    private static async Task<ServerSnapshot> WaitForCircuitsAsync(Func<Task<ServerSnapshot>> readServer, long circuits, TextWriter log)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var snapshot = await readServer();
            if (snapshot.ActiveCircuits <= circuits || DateTime.UtcNow > deadline)
            {
                if (snapshot.ActiveCircuits > circuits)
                {
                    log.WriteLine($"warning: {snapshot.ActiveCircuits} circuits still open on the server");
                }

                return snapshot;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }
}
