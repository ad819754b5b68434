using System.Diagnostics;
using System.Text.RegularExpressions;
using AdminPortal.Core.Data;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

using AdminPortal.Web;

namespace AdminPortal.LoadTests;

/// <summary>
/// One administrator's browser tab (its own browser context, so its own circuit), doing the loop of
/// <see cref="Interaction"/> with a person's pauses. Each interaction is timed from the click (or key) to the moment
/// the page shows its result, as a person would see it; navigation between pages stays inside the circuit
/// (Blazor's client-side navigation, as a link click does).
/// </summary>
public sealed partial class AdminCircuit : IAdminTab
{
    private const string RemoteDestinations = PortalUrls.RemoteDestinations;
    private const string DesignReview = PortalUrls.DesignReview;

    private readonly IBrowserContext _context;
    private readonly IPage _page;
    private readonly LoadSettings _settings;
    private readonly InteractionTimings _timings;
    private readonly Random _random;
    private readonly int _number;

    private AdminCircuit(IBrowserContext context, IPage page, LoadSettings settings, InteractionTimings timings, int number)
    {
        _context = context;
        _page = page;
        _settings = settings;
        _timings = timings;
        _number = number;
        _random = new Random(number);
        _page.PageError += (_, error) => _timings.Error($"circuit {_number}: page error: {error}");
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _timings.Error($"circuit {_number}: console error: {message.Text}");
            }
        };
    }

    /// <summary>A new tab signed in with <paramref name="storageState"/> (the cookie of one sign-in), on the list, its circuit up.</summary>
    public static async Task<AdminCircuit> OpenAsync(IBrowser browser, string storageState, LoadSettings settings, InteractionTimings timings, int number)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            StorageState = storageState,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        context.SetDefaultTimeout((float)settings.InteractionTimeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var circuit = new AdminCircuit(context, page, settings, timings, number);
        await circuit.LoadListAsync();
        return circuit;
    }

    /// <summary>Turns of the loop until <paramref name="until"/>; a failed interaction is an error, and the tab reloads the list.</summary>
    public async Task RunAsync(DateTime until, CancellationToken cancellation)
    {
        for (var turn = 0; (turn < _settings.MinimumTurns || DateTime.UtcNow < until) && !cancellation.IsCancellationRequested; turn++)
        {
            try
            {
                await TurnAsync(turn < _settings.MinimumTurns ? DateTime.MaxValue : until);
            }
            catch (Exception failure) when (failure is PlaywrightException or TimeoutException or InvalidOperationException)
            {
                _timings.Error($"circuit {_number}: {FirstLine(failure.Message)}");
                await RecoverAsync();
            }
        }
    }

    /// <summary>Leaves the tab idle on the list (where the memory per idle circuit is measured).</summary>
    public async Task IdleOnListAsync()
    {
        try
        {
            await NavigateAsync(RemoteDestinations, Rows.First);
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            _timings.Error($"circuit {_number}: back to the list: {FirstLine(failure.Message)}");
            await RecoverAsync();
        }
    }

    /// <summary>
    /// Leaves the page first, as closing a tab does: Blazor then tells the server to end the circuit at once
    /// (a context closed without unloading leaves it retained as disconnected).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            // The beacon is sent while the page unloads; closing the context before it has gone can drop it, and a
            // fixed pause was sometimes too short on a busy machine: wait until the browser has sent it (up to 5 s).
            var beacon = _page.WaitForRequestAsync(request => request.Url.Contains("/_blazor/disconnect", StringComparison.Ordinal), new() { Timeout = 5_000 });
            await _page.GotoAsync("about:blank");
            try
            {
                await beacon;
            }
            catch (TimeoutException)
            {
                // Not seen: close all the same, as before.
            }

            await Task.Delay(500);
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            // A tab too busy to unload: closed all the same; its circuit waits out the retention period.
            _timings.Error($"circuit {_number}: leaving the page: {FirstLine(failure.Message)}");
        }
        finally
        {
            await _context.CloseAsync();
        }
    }

    private ILocator Rows => _page.Locator("[data-test='results'] tbody td[data-label='Name'] a");

    private async Task TurnAsync(DateTime until)
    {
        await TimedAsync(Interaction.OpenList, () => NavigateAsync(RemoteDestinations, Rows.First));
        if (!await ThinkAsync(until))
        {
            return;
        }

        var term = $"{_settings.SearchPrefix} {_random.Next(1, 10)}";
        await TimedAsync(Interaction.Search, async () =>
        {
            await _page.Locator("input[data-test='search-text']").FillAsync(term);
            await _page.Locator("input[data-test='search-text']").PressAsync("Enter");
            await Expect(Rows.First).ToHaveTextAsync(term);
        });
        if (!await ThinkAsync(until))
        {
            return;
        }

        await TimedAsync(Interaction.NextPage, async () =>
        {
            await _page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
            await Expect(_page.Locator(".mud-table-pagination-caption").Last).ToHaveTextAsync(SecondPage());
        });
        if (!await ThinkAsync(until))
        {
            return;
        }

        var row = Rows.Nth(_random.Next(0, await Rows.CountAsync()));
        var name = await row.InnerTextAsync();
        await TimedAsync(Interaction.OpenObject, async () =>
        {
            await row.ClickAsync();
            await Expect(_page.Locator("input[data-field='Name']")).ToHaveValueAsync(name);
        });
        if (!await ThinkAsync(until))
        {
            return;
        }

        await TimedAsync(Interaction.SaveUnchanged, async () =>
        {
            await _page.Locator("[data-test='save']").ClickAsync();
            await Expect(_page.Locator("[data-test='status']")).ToContainTextAsync(SaveOutcome());
        });
        if (!(await _page.Locator("[data-test='status']").InnerTextAsync()).Contains("Update successful", StringComparison.Ordinal))
        {
            // Another tab saved the same destination since this one opened it: the portal's optimistic concurrency
            // refusing, as it must. Counted apart; any other refusal is an error.
            var refusal = await _page.Locator("[data-test='error-summary']").InnerTextAsync();
            if (!refusal.Contains(ConfigurationStore.ConcurrencyMessage, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"saving {name} unchanged was refused: {refusal.ReplaceLineEndings(" ")}");
            }

            _timings.Conflict();
        }
        if (!await ThinkAsync(until))
        {
            return;
        }

        await TimedAsync(Interaction.DesignReview, () => NavigateAsync(DesignReview, _page.Locator("[data-test='shown']")));
        await ThinkAsync(until);
    }

    private async Task TimedAsync(Interaction interaction, Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        _timings.Record(interaction, watch.Elapsed);
    }

    /// <summary>A person's pause; false when the run ends during it.</summary>
    private async Task<bool> ThinkAsync(DateTime until)
    {
        var span = _settings.MaxThink - _settings.MinThink;
        await Task.Delay(_settings.MinThink + span * _random.NextDouble());
        return DateTime.UtcNow < until;
    }

    /// <summary>Client-side navigation inside the circuit (what a link click does), until <paramref name="shown"/> is visible.</summary>
    private async Task NavigateAsync(string path, ILocator shown)
    {
        await _page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
        await shown.WaitForAsync();
    }

    /// <summary>After a failure, reloads the list (a new circuit); a reload that fails too is one more error, not the run's end.</summary>
    private async Task RecoverAsync()
    {
        try
        {
            await LoadListAsync();
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            _timings.Error($"circuit {_number}: reloading the list: {FirstLine(failure.Message)}");
        }
    }

    /// <summary>A full page load (a new circuit) of the list: the start, and the way back after a failure.</summary>
    private async Task LoadListAsync()
    {
        await _page.GotoAsync(_settings.BaseUrl + RemoteDestinations);
        await _page.Locator("[data-test='interactive']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Rows.First.WaitForAsync();
    }

    /// <summary>The first line of Playwright's message, and the value it saw, without the call log.</summary>
    private static string FirstLine(string text) =>
        string.Join(" ", text.Split('\n').Where((line, i) => i == 0 || line.StartsWith("Error:", StringComparison.Ordinal) || line.StartsWith("But was", StringComparison.Ordinal)).Select(l => l.Trim()));

    [GeneratedRegex("Update successful|Not saved")]
    private static partial Regex SaveOutcome();

    [GeneratedRegex(@"^\s*26\s*-\s*50 of")]
    private static partial Regex SecondPage();
}
