namespace AdminPortal.Web.Components.Shared;

/// <summary>
/// Calls a page's refresh every <c>interval</c> on the page's dispatcher until it answers false or the page goes:
/// how the Bulk Administration pages follow a job that runs elsewhere (its row in the database), without holding
/// the circuit while it runs.
/// </summary>
public sealed class PeriodicRefresh : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="interval">Time between two refreshes.</param>
    /// <param name="dispatch">The component's <c>InvokeAsync</c>.</param>
    /// <param name="refresh">Reads the new state and re-renders; false when there is nothing more to follow.</param>
    public PeriodicRefresh(TimeSpan interval, Func<Func<Task>, Task> dispatch, Func<Task<bool>> refresh)
    {
        _loop = RunAsync(interval, dispatch, refresh, _stop.Token);
    }

    private static async Task RunAsync(TimeSpan interval, Func<Func<Task>, Task> dispatch, Func<Task<bool>> refresh, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        var going = true;
        while (going && await timer.WaitForNextTickAsync(stop))
        {
            await dispatch(async () => going = await refresh());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped with its page.
        }

        _stop.Dispose();
    }
}
