using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class MobilityProfileConfiguration : IEntityTypeConfiguration<MobilityProfile>
{
    public void Configure(EntityTypeBuilder<MobilityProfile> builder)
    {
        builder.ConfigureEntity();
        builder.Property(m => m.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(m => m.Name).IsUnique();
        builder.Property(m => m.Description).HasMaxLength(TextLimits.Description);
        builder.Property(m => m.DialViaOfficeReverseCallbackCallerId).HasMaxLength(TextLimits.DestinationNumber);
    }
}
