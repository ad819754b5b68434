using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class RemoteDestinationConfiguration : IEntityTypeConfiguration<RemoteDestination>
{
    public void Configure(EntityTypeBuilder<RemoteDestination> builder)
    {
        builder.ConfigureEntity();
        builder.Property(r => r.Name).HasMaxLength(TextLimits.Name).IsRequired();
        // Find and List sorts by name: a page is read from this index, not sorted out of the whole table. On SQLite a
        // second index, on lower(Name), answers the "name begins with" search (migration SearchNameIndexes; decision 025).
        builder.HasIndex(r => r.Name);
        builder.Property(r => r.DestinationNumber).HasMaxLength(TextLimits.DestinationNumber).IsRequired();
        // R4: destination numbers are unique in the cluster.
        builder.HasIndex(r => r.DestinationNumber).IsUnique();
        builder.HasIndex(r => r.OwnerId);
        builder.Property(r => r.CallerIdDigits).HasMaxLength(TextLimits.DestinationNumber).IsRequired().HasDefaultValue("");
        // Caller ID preview under another N than the cluster's: a range of reversed digits, answered by this index.
        builder.HasIndex(r => r.CallerIdDigits);
        // R5: "another destination with the same last N digits" is one look-up in this index, not a scan.
        builder.Property(r => r.PartialMatchKey).HasMaxLength(TextLimits.DestinationNumber).IsRequired().HasDefaultValue("");
        builder.HasIndex(r => r.PartialMatchKey);
        builder.Property(r => r.TimeZone).HasMaxLength(TextLimits.TimeZone).IsRequired().HasDefaultValue(RemoteDestination.DefaultTimeZone);
        builder.Property(r => r.EnableSingleNumberReach).HasDefaultValue(true);
        builder.Ignore(r => r.IsMobilityIdentity);
        builder.HasOne(r => r.Owner).WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.RemoteDestinationProfile).WithMany().HasForeignKey(r => r.RemoteDestinationProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.DualModeDevice).WithMany().HasForeignKey(r => r.DualModeDeviceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.MobilityProfile).WithMany().HasForeignKey(r => r.MobilityProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.AccessList).WithMany().HasForeignKey(r => r.AccessListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.RingSchedule).WithOne(s => s.RemoteDestination)
            .HasForeignKey<RingSchedule>(s => s.RemoteDestinationId).AsAggregatePart();
        builder.HasMany(r => r.Lines).WithOne(l => l.RemoteDestination).HasForeignKey(l => l.RemoteDestinationId).AsAggregatePart();
    }
}
