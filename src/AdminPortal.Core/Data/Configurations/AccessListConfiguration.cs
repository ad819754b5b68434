using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class AccessListConfiguration : IEntityTypeConfiguration<AccessList>
{
    public void Configure(EntityTypeBuilder<AccessList> builder)
    {
        builder.ConfigureEntity();
        builder.Property(a => a.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(a => a.Name).IsUnique();
        builder.Property(a => a.Description).HasMaxLength(TextLimits.AccessListDescription);
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Members).WithOne(m => m.AccessList).HasForeignKey(m => m.AccessListId).AsAggregatePart();
    }
}
