using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class RemoteDestinationProfileConfiguration : IEntityTypeConfiguration<RemoteDestinationProfile>
{
    public void Configure(EntityTypeBuilder<RemoteDestinationProfile> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Description).HasMaxLength(TextLimits.Description);
        builder.Property(p => p.UseDevicePoolCallingPartyTransformationCss).HasDefaultValue(true);
        builder.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.DevicePool).WithMany().HasForeignKey(p => p.DevicePoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.CallingSearchSpace).WithMany().HasForeignKey(p => p.CallingSearchSpaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ReroutingCallingSearchSpace).WithMany().HasForeignKey(p => p.ReroutingCallingSearchSpaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.CallingPartyTransformationCss).WithMany().HasForeignKey(p => p.CallingPartyTransformationCssId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.UserHoldMohAudioSource).WithMany().HasForeignKey(p => p.UserHoldMohAudioSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.NetworkHoldMohAudioSource).WithMany().HasForeignKey(p => p.NetworkHoldMohAudioSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Lines).WithOne(l => l.RemoteDestinationProfile).HasForeignKey(l => l.RemoteDestinationProfileId).AsAggregatePart();
    }
}
