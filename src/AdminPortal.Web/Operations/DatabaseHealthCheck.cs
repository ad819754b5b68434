using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdminPortal.Web.Operations;

/// <summary><c>/readyz</c>: the database is prepared and answers now.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<PortalDbContext> contexts, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsPrepared)
        {
            return HealthCheckResult.Unhealthy("The configuration database has not been prepared yet: it could not be reached.");
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Healthy();
            }
        }
        catch (Exception e) when (DatabaseFailure.IsUnreachable(e))
        {
            // Reported below.
        }

        // Connections pooled before an outage are dead: the next request must open fresh ones.
        PortalDatabase.ClearPools();
        return HealthCheckResult.Unhealthy("The configuration database cannot be reached.");
    }
}
