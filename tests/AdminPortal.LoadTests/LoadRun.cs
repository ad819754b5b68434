using System.Diagnostics;
using Microsoft.Playwright;

namespace AdminPortal.LoadTests;

/// <summary>
/// One run: sign in once (every tab reuses that cookie), read the server with no circuit, open N tabs, run their
/// loops for the duration, leave them idle on the list, read the server again, close them.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(IBrowser browser, LoadSettings settings, TextWriter log, CancellationToken cancellation = default)
    {
        Assertions.SetDefaultExpectTimeout((float)settings.InteractionTimeout.TotalMilliseconds);
        await using var admin = await browser.NewContextAsync();
        var storageState = await SignInAsync(admin, settings);
        ServerSnapshot? empty = null;
        if (settings.MeasureMemory)
        {
            empty = await WaitForCircuitsAsync(admin.APIRequest, settings.BaseUrl, 0, log);
        }

        var timings = new InteractionTimings();
        var circuits = new List<AdminCircuit>();
        try
        {
            var open = Stopwatch.StartNew();
            using var gate = new SemaphoreSlim(settings.OpenConcurrency);
            var opening = Enumerable.Range(0, settings.Circuits).Select(async number =>
            {
                await gate.WaitAsync(cancellation);
                try
                {
                    return await AdminCircuit.OpenAsync(browser, storageState, settings, timings, number);
                }
                finally
                {
                    gate.Release();
                }
            }).ToList();
            circuits.AddRange(await Task.WhenAll(opening));
            log.WriteLine($"{settings.Circuits} circuits open in {open.Elapsed.TotalSeconds:F0} s");

            var before = settings.MeasureMemory ? await ServerSnapshot.ReadAsync(admin.APIRequest, settings.BaseUrl) : null;
            var loops = Stopwatch.StartNew();
            var until = DateTime.UtcNow + settings.Duration;
            await Task.WhenAll(circuits.Select(c => c.RunAsync(until, cancellation)));
            loops.Stop();
            double? cores = null;
            if (before is not null)
            {
                // Read before the idle measurement's collection: the CPU of the loops only (and one collection before them).
                var after = await ServerSnapshot.ReadAsync(admin.APIRequest, settings.BaseUrl);
                cores = (after.CpuSeconds - before.CpuSeconds) / loops.Elapsed.TotalSeconds;
            }

            // The loops' figures first, so that a run the machine cannot finish still reports them.
            log.WriteLine(new LoadResult(settings, timings, loops.Elapsed, null, null, null, cores).ToMarkdown());
            await Task.WhenAll(circuits.Select(c => c.IdleOnListAsync()));
            ServerSnapshot? idle = null;
            if (settings.MeasureMemory)
            {
                // Three readings 10 s apart, the lowest kept: on a loaded machine the browsers may still be
                // acknowledging render batches that the server holds until they do.
                for (var reading = 0; reading < 3; reading++)
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), cancellation);
                    var snapshot = await ServerSnapshot.ReadAsync(admin.APIRequest, settings.BaseUrl);
                    idle = idle is null || snapshot.ManagedBytesAfterFullGc < idle.ManagedBytesAfterFullGc ? snapshot : idle;
                }
            }

            if (settings.HoldIdle > TimeSpan.Zero)
            {
                log.WriteLine($"{settings.Circuits} circuits idle on the list for {settings.HoldIdle.TotalSeconds:F0} s");
                await Task.Delay(settings.HoldIdle, cancellation);
            }

            await CloseAsync(circuits);
            var closed = settings.MeasureMemory ? await WaitForCircuitsAsync(admin.APIRequest, settings.BaseUrl, 0, log) : null;
            return new LoadResult(settings, timings, loops.Elapsed, empty, idle, closed, cores);
        }
        finally
        {
            await CloseAsync(circuits);
        }
    }

    private static async Task CloseAsync(List<AdminCircuit> circuits)
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
    private static async Task<ServerSnapshot> WaitForCircuitsAsync(IAPIRequestContext request, string baseUrl, long circuits, TextWriter log)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var snapshot = await ServerSnapshot.ReadAsync(request, baseUrl);
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
