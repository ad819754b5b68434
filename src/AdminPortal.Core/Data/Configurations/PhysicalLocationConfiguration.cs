using AdminPortal.Core.DeviceMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class PhysicalLocationConfiguration : IEntityTypeConfiguration<PhysicalLocation>
{
    public void Configure(EntityTypeBuilder<PhysicalLocation> builder) => builder.ConfigureNamed();
}
