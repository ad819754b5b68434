using AdminPortal.Core.Bulk;

namespace AdminPortal.Web.Bulk;

/// <summary>
/// Runs this instance's import jobs one after another, apart from any circuit, so an import goes on when the browser
/// that started it closes (decision 017). Every <see cref="BeatInterval"/> it keeps its jobs' heartbeat and fails the
/// jobs of instances that went silent.
/// </summary>
public sealed class ImportJobRunner(IServiceScopeFactory scopes, PendingImportJobs pending, ImportJobRun run, ILogger<ImportJobRunner> log) : BackgroundService
{
    public static readonly TimeSpan BeatInterval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var beating = BeatAsync(stoppingToken);
        try
        {
            await foreach (var jobId in pending.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var engine = scope.ServiceProvider.GetRequiredService<IImportJobEngine>();
                    log.LogInformation("Import job {JobId} starts.", jobId);
                    await run.RunAsync(jobId, engine, stoppingToken);
                    log.LogInformation("Import job {JobId} ended.", jobId);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // The job's row could not be read or written (the database went away): the heartbeat check fails it
                    // once it is silent; the runner goes on with the next job instead of stopping the portal.
                    log.LogError(failure, "Import job {JobId} could not be run.", jobId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The portal is stopping: the job in hand was marked failed by the run.
        }

        await beating;
    }

    private async Task BeatAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(BeatInterval);
        try
        {
            do
            {
                try
                {
                    await run.BeatAsync(stoppingToken);
                    var lost = await run.FailLostAsync(stoppingToken);
                    if (lost > 0)
                    {
                        log.LogWarning("{Count} import job(s) of a silent instance marked failed.", lost);
                    }
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // The database may be away for a while (decision 006): the next beat tries again.
                    log.LogWarning(failure, "Import job heartbeat failed.");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
