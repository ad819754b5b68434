using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AdminPortal.Core.Data;

using AdminPortal.Web;

namespace AdminPortal.LoadTests;

/// <summary>
/// One administrator's tab driven by the protocol client (<see cref="BlazorProtocolClient"/>): the loop of
/// <see cref="AdminCircuit"/> (the Chromium tab), step for step, with the same pauses and the same "result shown"
/// conditions read from the rendered page. An interaction's time runs from sending its first event to the render batch,
/// received after its last event and acknowledged, that shows the result (decision 022).
/// </summary>
public sealed partial class ProtocolCircuit : IAdminTab
{
    private const string RemoteDestinations = PortalUrls.RemoteDestinations;
    private const string DesignReview = PortalUrls.DesignReview;

    private readonly CookieContainer _cookies;
    private readonly LoadSettings _settings;
    private readonly InteractionTimings _timings;
    private readonly Random _random;
    private readonly int _number;
    private BlazorProtocolClient _client;

    private ProtocolCircuit(BlazorProtocolClient client, CookieContainer cookies, LoadSettings settings, InteractionTimings timings, int number)
    {
        _client = client;
        _cookies = cookies;
        _settings = settings;
        _timings = timings;
        _number = number;
        _random = new Random(number);
    }

    /// <summary>A new tab with the cookie of one sign-in, on the list, its circuit up.</summary>
    public static async Task<ProtocolCircuit> OpenAsync(CookieContainer signedIn, LoadSettings settings, InteractionTimings timings, int number)
    {
        // Each tab its own cookie jar (as each browser context), starting from the one sign-in's cookie.
        var cookies = new CookieContainer();
        cookies.Add(signedIn.GetAllCookies());
        var client = await LoadListAsync(cookies, settings, timings, number);
        return new ProtocolCircuit(client, cookies, settings, timings, number);
    }

    public async Task RunAsync(DateTime until, CancellationToken cancellation)
    {
        for (var turn = 0; (turn < _settings.MinimumTurns || DateTime.UtcNow < until) && !cancellation.IsCancellationRequested; turn++)
        {
            try
            {
                await TurnAsync(turn < _settings.MinimumTurns ? DateTime.MaxValue : until);
            }
            catch (Exception failure) when (IsFailure(failure))
            {
                _timings.Error($"circuit {_number}: {failure.Message}");
                await RecoverAsync();
            }
        }
    }

    public async Task IdleOnListAsync()
    {
        try
        {
            await NavigateAsync(RemoteDestinations, d => FirstRow(d) is not null);
        }
        catch (Exception failure) when (IsFailure(failure))
        {
            _timings.Error($"circuit {_number}: back to the list: {failure.Message}");
            await RecoverAsync();
        }
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();

    private async Task TurnAsync(DateTime until)
    {
        await TimedAsync(Interaction.OpenList, () => NavigateAsync(RemoteDestinations, d => FirstRow(d) is not null));
        if (!await ThinkAsync(until))
        {
            return;
        }

        var term = $"{_settings.SearchPrefix} {_random.Next(1, 10)}";
        await TimedAsync(Interaction.Search, async () =>
        {
            var search = Find(d => d.First(e => e.Name == "input" && e["data-test"] == "search-text"), "the search text field");
            await _client.FillAsync(search, term);
            var mark = _client.Batches;
            await _client.PressAsync(search, "Enter");
            await _client.WaitForAsync(d => _client.Batches > mark && FirstRow(d)?.Text == term, _settings.InteractionTimeout);
        });
        if (!await ThinkAsync(until))
        {
            return;
        }

        await TimedAsync(Interaction.NextPage, async () =>
        {
            var next = Find(d => d.First(e => e.Name == "button" && e["aria-label"] == "Next page"), "the Next page button");
            var mark = _client.Batches;
            await _client.ClickAsync(next);
            await _client.WaitForAsync(d => _client.Batches > mark && d.Find(e => e.HasClass("mud-table-pagination-caption")).LastOrDefault()?.Text is { } caption && SecondPage().IsMatch(caption), _settings.InteractionTimeout);
        });
        if (!await ThinkAsync(until))
        {
            return;
        }

        var rows = _client.Read(d => Rows(d).ToList());
        var row = rows.Count > 0 ? rows[_random.Next(0, rows.Count)] : throw new InvalidOperationException("the second page shows no row");
        var name = _client.Read(_ => row.Text);
        await TimedAsync(Interaction.OpenObject, async () =>
        {
            var mark = _client.Batches;
            await _client.ClickAsync(row);
            await _client.WaitForAsync(d => _client.Batches > mark && NameField(d)?["value"] == name, _settings.InteractionTimeout);
        });
        if (!await ThinkAsync(until))
        {
            return;
        }

        string? status = null;
        await TimedAsync(Interaction.SaveUnchanged, async () =>
        {
            var save = Find(d => d.ByTest("save").FirstOrDefault(), "the Save button");
            var mark = _client.Batches;
            await _client.ClickAsync(save);
            await _client.WaitForAsync(d => _client.Batches > mark && (status = d.ByTest("status").FirstOrDefault()?.Text) is { } shown && SaveOutcome().IsMatch(shown), _settings.InteractionTimeout);
        });
        if (status?.Contains("Update successful", StringComparison.Ordinal) != true)
        {
            // Another tab saved the same destination since this one opened it: counted apart; any other refusal is an error.
            var refusal = _client.Read(d => d.ByTest("error-summary").FirstOrDefault()?.Text ?? status ?? "");
            if (!refusal.Contains(ConfigurationStore.ConcurrencyMessage, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"saving {name} unchanged was refused: {refusal}");
            }

            _timings.Conflict();
        }

        if (!await ThinkAsync(until))
        {
            return;
        }

        await TimedAsync(Interaction.DesignReview, () => NavigateAsync(DesignReview, d => d.ByTest("shown").Any()));
        await ThinkAsync(until);
    }

    private static IEnumerable<RenderedNode> Rows(RenderedDocument page) =>
        page.ByTest("results").SelectMany(t => t.Find(e => e.Name == "tbody")).SelectMany(b => b.Find(e => e.Name == "td" && e["data-label"] == "Name")).SelectMany(td => td.Find(e => e.Name == "a"));

    private static RenderedNode? FirstRow(RenderedDocument page) => Rows(page).FirstOrDefault();

    private static RenderedNode? NameField(RenderedDocument page) => page.First(e => e.Name == "input" && e["data-field"] == "Name");

    private RenderedNode Find(Func<RenderedDocument, RenderedNode?> find, string what) =>
        _client.Read(find) ?? throw new InvalidOperationException($"{what} is not on the page ({_client.Location})");

    private async Task TimedAsync(Interaction interaction, Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        _timings.Record(interaction, watch.Elapsed);
    }

    private async Task<bool> ThinkAsync(DateTime until)
    {
        var span = _settings.MaxThink - _settings.MinThink;
        await Task.Delay(_settings.MinThink + span * _random.NextDouble());
        return DateTime.UtcNow < until;
    }

    /// <summary>In-circuit navigation (<c>Blazor.navigateTo</c>) until <paramref name="shown"/> holds on a batch rendered after it.</summary>
    private async Task NavigateAsync(string path, Func<RenderedDocument, bool> shown)
    {
        var mark = _client.Batches;
        await _client.NavigateAsync(path);
        await _client.WaitForAsync(d => _client.Batches > mark && shown(d), _settings.InteractionTimeout);
    }

    private async Task RecoverAsync()
    {
        try
        {
            await _client.DisposeAsync();
            _client = await LoadListAsync(_cookies, _settings, _timings, _number);
        }
        catch (Exception failure) when (IsFailure(failure))
        {
            _timings.Error($"circuit {_number}: reloading the list: {failure.Message}");
        }
    }

    private static async Task<BlazorProtocolClient> LoadListAsync(CookieContainer cookies, LoadSettings settings, InteractionTimings timings, int number)
    {
        var client = await BlazorProtocolClient.OpenAsync(settings.BaseUrl, RemoteDestinations, cookies, e => timings.Error($"circuit {number}: {e}"), settings.InteractionTimeout);
        await client.WaitForAsync(d => FirstRow(d) is not null, settings.InteractionTimeout);
        return client;
    }

    private static bool IsFailure(Exception failure) =>
        failure is TimeoutException or InvalidOperationException or HttpRequestException or TaskCanceledException or IOException or System.Net.WebSockets.WebSocketException;

    [GeneratedRegex("Update successful|Not saved")]
    private static partial Regex SaveOutcome();

    [GeneratedRegex(@"^\s*26\s*-\s*50 of")]
    private static partial Regex SecondPage();
}
