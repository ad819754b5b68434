using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class DeviceMobilityInfoConfiguration : IEntityTypeConfiguration<DeviceMobilityInfo>
{
    public void Configure(EntityTypeBuilder<DeviceMobilityInfo> builder)
    {
        builder.ConfigureEntity();
        builder.Property(d => d.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property(d => d.Subnet).HasMaxLength(TextLimits.Subnet).IsRequired();
        // R10: the same subnet and mask twice is a duplicate.
        builder.HasIndex(d => new { d.Subnet, d.SubnetMaskSize }).IsUnique();
        builder.HasMany(d => d.DevicePools).WithOne(p => p.DeviceMobilityInfo)
            .HasForeignKey(p => p.DeviceMobilityInfoId).AsAggregatePart();
    }
}
