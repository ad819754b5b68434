using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ConfigureNamed();
        builder.Property(s => s.PstnAccessCode).HasMaxLength(TextLimits.FeatureCode);
        builder.HasOne(s => s.PhysicalLocation).WithMany().HasForeignKey(s => s.PhysicalLocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
