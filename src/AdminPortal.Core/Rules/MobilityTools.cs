using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Rules;

/// <summary>What the Mobility Tools pages read: the design review and the capacity figures, one context each.</summary>
public sealed class MobilityTools(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<Finding>> ReviewAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await new DesignReview(db).RunAsync(cancellation);
    }

    public async Task<CapacityFigures> CapacityAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await CapacityFigures.ReadAsync(db, cancellation);
    }
}
