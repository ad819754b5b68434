using System.Globalization;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Rules;

/// <summary>
/// The design review: the recommendations W1-W11 (<see cref="RecommendationReview"/>) and a re-check of the hard
/// rules R1-R11 (<see cref="HardRuleReview"/>) over the stored configuration (data may predate a rule, or arrive by
/// another way). The same recommendations give the warnings shown after a save, over the slice of the
/// configuration the saved object touches.
/// </summary>
public sealed class DesignReview(PortalDbContext db)
{
    /// <summary>Every finding of the whole configuration: errors first, then by rule and object.</summary>
    public async Task<IReadOnlyList<Finding>> RunAsync(CancellationToken cancellation = default)
    {
        var snapshot = await ClusterSnapshot.LoadAsync(db, null, null, cancellation);
        return Order([.. HardRuleReview.All(snapshot), .. RecommendationReview.All(snapshot)]);
    }

    /// <summary>The recommendations the object triggers now, read over the part of the configuration it touches.</summary>
    public async Task<IReadOnlyList<Finding>> ForObjectAsync(Type kind, int id, CancellationToken cancellation = default)
    {
        int[]? owners = [];
        int[]? phones = [];
        if (kind == typeof(RemoteDestination))
        {
            var destination = await db.RemoteDestinations.Where(r => r.Id == id).Select(r => new { r.OwnerId, r.DualModeDeviceId }).SingleOrDefaultAsync(cancellation);
            owners = destination is null ? [] : [destination.OwnerId];
            phones = destination?.DualModeDeviceId is int device ? [device] : [];
        }
        else if (kind == typeof(EndUser))
        {
            owners = [id];
        }
        else if (kind == typeof(Phone))
        {
            phones = [id];
        }
        else if (kind == typeof(ClusterMobilitySettings) || kind == typeof(MobilityProfile))
        {
            // Cluster-wide settings touch every destination: the whole review, kept to the object's findings.
            owners = null;
            phones = null;
        }

        var snapshot = await ClusterSnapshot.LoadAsync(db, owners, phones, cancellation);
        return Order([.. RecommendationReview.All(snapshot).Where(f => f.Concerns(kind, id))]);
    }

    private static List<Finding> Order(IEnumerable<Finding> findings) =>
        [.. findings.OrderBy(f => f.Severity).ThenBy(f => f.Rule.IsHard ? 0 : 1).ThenBy(f => int.Parse(f.Rule.Id[1..], CultureInfo.InvariantCulture))
            .ThenBy(f => f.Objects.Count > 0 ? f.Objects[0].Name : "", StringComparer.OrdinalIgnoreCase)];
}
