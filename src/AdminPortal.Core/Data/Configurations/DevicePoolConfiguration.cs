using AdminPortal.Core.Common;
using AdminPortal.Core.DeviceMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class DevicePoolConfiguration : IEntityTypeConfiguration<DevicePool>
{
    public void Configure(EntityTypeBuilder<DevicePool> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasOne(p => p.Site).WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.UnifiedCmGroup).WithMany().HasForeignKey(p => p.UnifiedCmGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.LocalRouteGroup).WithMany().HasForeignKey(p => p.LocalRouteGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.DateTimeGroup).WithMany().HasForeignKey(p => p.DateTimeGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Region).WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.MediaResourceGroupList).WithMany().HasForeignKey(p => p.MediaResourceGroupListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Location).WithMany().HasForeignKey(p => p.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.NetworkLocale).WithMany().HasForeignKey(p => p.NetworkLocaleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.SrstReference).WithMany().HasForeignKey(p => p.SrstReferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.PhysicalLocation).WithMany().HasForeignKey(p => p.PhysicalLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.DeviceMobilityGroup).WithMany().HasForeignKey(p => p.DeviceMobilityGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.DeviceMobilityCss).WithMany().HasForeignKey(p => p.DeviceMobilityCssId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.AarCss).WithMany().HasForeignKey(p => p.AarCssId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.AarGroup).WithMany().HasForeignKey(p => p.AarGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.CallingPartyTransformationCss).WithMany().HasForeignKey(p => p.CallingPartyTransformationCssId).OnDelete(DeleteBehavior.Restrict);
    }
}
