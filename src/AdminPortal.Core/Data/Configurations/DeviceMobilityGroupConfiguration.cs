using AdminPortal.Core.DeviceMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class DeviceMobilityGroupConfiguration : IEntityTypeConfiguration<DeviceMobilityGroup>
{
    public void Configure(EntityTypeBuilder<DeviceMobilityGroup> builder) => builder.ConfigureNamed();
}
