using System.Text.Json;
using System.Text.Json.Nodes;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Interchange;

/// <summary>
/// Which AXL resource stands for each stored object type, so that code that knows only the entity (the store's audit
/// of every change) can read an object as AXL names it.
/// </summary>
public static class AxlResources
{
    private static readonly Dictionary<Type, Func<PortalDbContext, int, CancellationToken, Task<JsonObject?>>> Readers = new();

    static AxlResources()
    {
        Register<AxlSite, Site>();
        Register<AxlDevicePool, DevicePool>();
        Register<AxlDeviceMobilityInfo, DeviceMobilityInfo>();
        Register<AxlPhone, Phone>();
        Register<AxlDirectoryNumber, DirectoryNumber>();
        Register<AxlEndUser, EndUser>();
        Register<AxlRemoteDestinationProfile, RemoteDestinationProfile>();
        Register<AxlRemoteDestination, RemoteDestination>();
        Register<AxlAccessList, AccessList>();
        Register<AxlMobilityProfile, MobilityProfile>();
        Register<AxlMobilitySettings, ClusterMobilitySettings>();
        Register<AxlNamedObject<PhysicalLocation>, PhysicalLocation>();
        Register<AxlNamedObject<DeviceMobilityGroup>, DeviceMobilityGroup>();
        Register<AxlNamedObject<UnifiedCmGroup>, UnifiedCmGroup>();
        Register<AxlNamedObject<DateTimeGroup>, DateTimeGroup>();
        Register<AxlNamedObject<Region>, Region>();
        Register<AxlNamedObject<Location>, Location>();
        Register<AxlNamedObject<MediaResourceGroupList>, MediaResourceGroupList>();
        Register<AxlNamedObject<SrstReference>, SrstReference>();
        Register<AxlNamedObject<CallingSearchSpace>, CallingSearchSpace>();
        Register<AxlNamedObject<Partition>, Partition>();
        Register<AxlNamedObject<AarGroup>, AarGroup>();
        Register<AxlNamedObject<LocalRouteGroup>, LocalRouteGroup>();
        Register<AxlNamedObject<MohAudioSource>, MohAudioSource>();
        Register<AxlNamedObject<NetworkLocale>, NetworkLocale>();
    }

    /// <summary>The stored object as AXL names it, read in <paramref name="db"/> (inside its transaction, if any); null when it is not there.</summary>
    public static Task<JsonObject?> ReadAsync(PortalDbContext db, Type entityType, int id, CancellationToken cancellation) =>
        Readers.TryGetValue(entityType, out var read) ? read(db, id, cancellation) : Task.FromResult<JsonObject?>(null);

    private static void Register<TAxl, TEntity>()
        where TAxl : class, IAxlResource<TAxl, TEntity>
        where TEntity : Entity, new() =>
        Readers[typeof(TEntity)] = async (db, id, cancellation) =>
        {
            // One object: one query with its joins is cheaper than a query per include.
            var entity = await TAxl.Including(db.Set<TEntity>().AsNoTracking()).AsSingleQuery().SingleOrDefaultAsync(e => e.Id == id, cancellation);
            return entity is null ? null : JsonSerializer.SerializeToNode(TAxl.From(entity), AxlJsonOptions.Strict)!.AsObject();
        };
}
