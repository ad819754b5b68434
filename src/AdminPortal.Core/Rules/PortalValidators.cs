using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using FluentValidation;

namespace AdminPortal.Core.Rules;

/// <summary>
/// The one validator of each editable object, built over the <see cref="PortalDbContext"/> it must read from:
/// the form's own short-lived context, or the save path's context inside its transaction.
/// </summary>
public static class PortalValidators
{
    private static readonly Dictionary<Type, Func<PortalDbContext, IValidator>> Factories = new()
    {
        [typeof(Site)] = db => new SiteValidator(db),
        [typeof(DevicePool)] = db => new DevicePoolValidator(db),
        [typeof(DeviceMobilityInfo)] = db => new DeviceMobilityInfoValidator(db),
        [typeof(PhysicalLocation)] = db => new NamedEntityValidator<PhysicalLocation>(db),
        [typeof(DeviceMobilityGroup)] = db => new NamedEntityValidator<DeviceMobilityGroup>(db),
        [typeof(UnifiedCmGroup)] = db => new NamedEntityValidator<UnifiedCmGroup>(db),
        [typeof(DateTimeGroup)] = db => new NamedEntityValidator<DateTimeGroup>(db),
        [typeof(Region)] = db => new NamedEntityValidator<Region>(db),
        [typeof(Location)] = db => new NamedEntityValidator<Location>(db),
        [typeof(MediaResourceGroupList)] = db => new NamedEntityValidator<MediaResourceGroupList>(db),
        [typeof(SrstReference)] = db => new NamedEntityValidator<SrstReference>(db),
        [typeof(CallingSearchSpace)] = db => new NamedEntityValidator<CallingSearchSpace>(db),
        [typeof(Partition)] = db => new NamedEntityValidator<Partition>(db),
        [typeof(AarGroup)] = db => new NamedEntityValidator<AarGroup>(db),
        [typeof(LocalRouteGroup)] = db => new NamedEntityValidator<LocalRouteGroup>(db),
        [typeof(MohAudioSource)] = db => new NamedEntityValidator<MohAudioSource>(db),
        [typeof(NetworkLocale)] = db => new NamedEntityValidator<NetworkLocale>(db),
        [typeof(EndUser)] = db => new EndUserValidator(db),
        [typeof(DirectoryNumber)] = db => new DirectoryNumberValidator(db),
        [typeof(Phone)] = db => new PhoneValidator(db),
        [typeof(RemoteDestinationProfile)] = db => new RemoteDestinationProfileValidator(db),
        [typeof(RemoteDestination)] = db => new RemoteDestinationValidator(db),
        [typeof(AccessList)] = db => new AccessListValidator(db),
        [typeof(MobilityProfile)] = db => new MobilityProfileValidator(db),
        [typeof(ClusterMobilitySettings)] = db => new ClusterMobilitySettingsValidator(db),
    };

    public static IValidator<T> For<T>(PortalDbContext db)
        where T : Entity =>
        Factories.TryGetValue(typeof(T), out var factory)
            ? (IValidator<T>)factory(db)
            : throw new InvalidOperationException($"No validator is registered for {typeof(T).Name}.");

    public static bool Has(Type type) => Factories.ContainsKey(type);
}
