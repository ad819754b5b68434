using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Data;

public class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalAccount>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core Data Protection keys: portal instances sharing the database share sign-in cookies.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UnifiedCmGroup> UnifiedCmGroups => Set<UnifiedCmGroup>();
    public DbSet<DateTimeGroup> DateTimeGroups => Set<DateTimeGroup>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<MediaResourceGroupList> MediaResourceGroupLists => Set<MediaResourceGroupList>();
    public DbSet<SrstReference> SrstReferences => Set<SrstReference>();
    public DbSet<CallingSearchSpace> CallingSearchSpaces => Set<CallingSearchSpace>();
    public DbSet<Partition> Partitions => Set<Partition>();
    public DbSet<AarGroup> AarGroups => Set<AarGroup>();
    public DbSet<LocalRouteGroup> LocalRouteGroups => Set<LocalRouteGroup>();
    public DbSet<MohAudioSource> MohAudioSources => Set<MohAudioSource>();
    public DbSet<NetworkLocale> NetworkLocales => Set<NetworkLocale>();

    public DbSet<PhysicalLocation> PhysicalLocations => Set<PhysicalLocation>();
    public DbSet<DeviceMobilityGroup> DeviceMobilityGroups => Set<DeviceMobilityGroup>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<DevicePool> DevicePools => Set<DevicePool>();
    public DbSet<DeviceMobilityInfo> DeviceMobilityInfos => Set<DeviceMobilityInfo>();
    public DbSet<DeviceMobilityInfoDevicePool> DeviceMobilityInfoDevicePools => Set<DeviceMobilityInfoDevicePool>();

    public DbSet<EndUser> EndUsers => Set<EndUser>();
    public DbSet<DirectoryNumber> DirectoryNumbers => Set<DirectoryNumber>();
    public DbSet<Phone> Phones => Set<Phone>();
    public DbSet<PhoneLine> PhoneLines => Set<PhoneLine>();
    public DbSet<RemoteDestinationProfile> RemoteDestinationProfiles => Set<RemoteDestinationProfile>();
    public DbSet<RemoteDestinationProfileLine> RemoteDestinationProfileLines => Set<RemoteDestinationProfileLine>();
    public DbSet<RemoteDestination> RemoteDestinations => Set<RemoteDestination>();
    public DbSet<RemoteDestinationLine> RemoteDestinationLines => Set<RemoteDestinationLine>();
    public DbSet<RingSchedule> RingSchedules => Set<RingSchedule>();
    public DbSet<RingScheduleEntry> RingScheduleEntries => Set<RingScheduleEntry>();
    public DbSet<AccessList> AccessLists => Set<AccessList>();
    public DbSet<AccessListMember> AccessListMembers => Set<AccessListMember>();
    public DbSet<MobilityProfile> MobilityProfiles => Set<MobilityProfile>();
    public DbSet<ClusterMobilitySettings> ClusterMobilitySettings => Set<ClusterMobilitySettings>();
    public DbSet<ClusterGuard> ClusterGuards => Set<ClusterGuard>();

    /// <summary>Every change, append-only (<see cref="AuditTrail"/>).</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>API tokens of administrator accounts (only their hashes).</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Bulk import jobs and their reports (decision 017).</summary>
    public DbSet<Bulk.ImportJob> ImportJobs => Set<Bulk.ImportJob>();

    public DbSet<Bulk.ImportJobRefusedRow> ImportJobRefusedRows => Set<Bulk.ImportJobRefusedRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's tables (AspNetUsers, AspNetRoles, ...) first, then the portal's own configurations.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        var audited = AddedAuditActions();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        CountAuditEntries(audited);
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        var audited = AddedAuditActions();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        CountAuditEntries(audited);
        return saved;
    }

    // Every audit entry, whichever path wrote it (the store, account changes), is counted once it is written.
    private List<AuditAction> AddedAuditActions() =>
        [.. ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Action)];

    private static void CountAuditEntries(List<AuditAction> actions)
    {
        foreach (var action in actions)
        {
            Operations.PortalMetrics.AuditEntryWritten(action);
        }
    }

    // The version the caller loaded stays the original value (the WHERE of the UPDATE); the row gets a new one.
    // A remote destination's caller ID digits follow its number, whoever saves it.
    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry is { Entity: RemoteDestination destination, State: EntityState.Added or EntityState.Modified })
            {
                destination.CallerIdDigits = CallerIdKeys.ReversedDigits(destination.DestinationNumber);
            }

            if (entry.State is EntityState.Added)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
            else if (entry.State is EntityState.Modified)
            {
                var version = entry.Property(e => e.Version);
                version.OriginalValue = version.CurrentValue;
                version.CurrentValue = Guid.NewGuid();
            }
        }
    }
}
