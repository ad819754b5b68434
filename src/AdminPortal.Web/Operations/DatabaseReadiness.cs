using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Operations;

/// <summary>
/// Whether the database has been prepared (migrations, demo seed, reconciliation). The portal starts even when
/// the database cannot be reached, says so on every page and on <c>/readyz</c>, and prepares it as soon as it can.
/// </summary>
public sealed class DatabaseReadiness(
    IDbContextFactory<PortalDbContext> contexts, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DatabaseReadiness> logger)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);
    private volatile bool _prepared;

    public bool IsPrepared => _prepared;

    /// <summary>One attempt; true when the database is ready. A failure other than "unreachable" is thrown.</summary>
    public async Task<bool> TryPrepareAsync(CancellationToken cancellation)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellation);
            // Instances starting at once take turns: the schema is migrated and the data seeded exactly once.
            await using (await StartupLock.TakeAsync(db, cancellation))
            {
                await DatabaseStartup.PrepareAsync(db, configuration.GetValue("DemoData:Enabled", false), logger, cancellation);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<Accounts.AccountBootstrap>().EnsureAsync(cancellation);
            }

            _prepared = true;
            return true;
        }
        catch (Exception e) when (DatabaseFailure.IsUnreachable(e))
        {
            PortalDatabase.ClearPools();
            logger.LogWarning("The configuration database cannot be reached ({Reason}); retrying every {Seconds} s.", e.GetBaseException().Message, RetryEvery.TotalSeconds);
            return false;
        }
    }

    /// <summary>Prepares now if it can; otherwise keeps trying in the background until the host stops.</summary>
    public async Task PrepareAsync(CancellationToken stopping)
    {
        if (await TryPrepareAsync(stopping))
        {
            return;
        }

        _ = Task.Run(() => KeepTryingAsync(stopping), stopping);
    }

    private async Task KeepTryingAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryEvery, stopping);
                if (await TryPrepareAsync(stopping))
                {
                    logger.LogInformation("The configuration database is reachable again and prepared.");
                    return;
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Reachable but failing (a migration, the seed): said loudly, and tried again.
                logger.LogError(e, "Preparing the configuration database failed; retrying in {Seconds} s.", RetryEvery.TotalSeconds);
            }
        }
    }
}
