using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Rules;

/// <summary>What the Mobility Tools pages read: the design review and the capacity figures, one context each.</summary>
public sealed class MobilityTools(IDbContextFactory<PortalDbContext> contexts, SharedDesignReview review)
{
    /// <summary>The design review of the whole configuration, shared by every reader (<see cref="SharedDesignReview"/>).</summary>
    public Task<IReadOnlyList<Finding>> ReviewAsync(CancellationToken cancellation = default) => review.ReviewAsync(cancellation);

    public async Task<CapacityFigures> CapacityAsync(CancellationToken cancellation = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await CapacityFigures.ReadAsync(db, cancellation);
    }
}
