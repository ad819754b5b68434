using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class PhoneConfiguration : IEntityTypeConfiguration<Phone>
{
    public void Configure(EntityTypeBuilder<Phone> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Description).HasMaxLength(TextLimits.Description);
        builder.Property(p => p.EmergencyNumbers).HasMaxLength(TextLimits.NumberList);
        builder.Ignore(p => p.IsDualModeSmartphone);
        builder.HasOne(p => p.DevicePool).WithMany().HasForeignKey(p => p.DevicePoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Owner).WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Lines).WithOne(l => l.Phone).HasForeignKey(l => l.PhoneId).AsAggregatePart();
    }
}
