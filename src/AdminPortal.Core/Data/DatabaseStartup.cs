using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AdminPortal.Core.Data;

/// <summary>What the portal does with its database on start: apply migrations, then seed the demo when asked.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareAsync(PortalDbContext db, bool seedDemoData, ILogger logger, CancellationToken cancellation = default)
    {
        await db.Database.MigrateAsync(cancellation);
        if (seedDemoData && await DemoData.SeedAsync(db, cancellation))
        {
            logger.LogInformation("Seeded the design guide's example configuration (demo data).");
        }

        // Rows may have arrived another way (an older version, a bulk load): make the R2 count and R5 keys true.
        await ClusterGuard.ReconcileAsync(db, cancellation);
    }
}
