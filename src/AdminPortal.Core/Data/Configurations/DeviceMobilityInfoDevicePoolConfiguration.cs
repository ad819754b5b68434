using AdminPortal.Core.DeviceMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class DeviceMobilityInfoDevicePoolConfiguration : IEntityTypeConfiguration<DeviceMobilityInfoDevicePool>
{
    public void Configure(EntityTypeBuilder<DeviceMobilityInfoDevicePool> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(p => new { p.DeviceMobilityInfoId, p.DevicePoolId }).IsUnique();
        builder.HasOne(p => p.DevicePool).WithMany().HasForeignKey(p => p.DevicePoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
