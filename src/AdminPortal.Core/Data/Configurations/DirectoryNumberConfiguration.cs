using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class DirectoryNumberConfiguration : IEntityTypeConfiguration<DirectoryNumber>
{
    public void Configure(EntityTypeBuilder<DirectoryNumber> builder)
    {
        builder.ConfigureEntity();
        builder.Property(d => d.Pattern).HasMaxLength(TextLimits.DirectoryNumber).IsRequired();
        builder.Property(d => d.Description).HasMaxLength(TextLimits.Description);
        builder.HasIndex(d => new { d.Pattern, d.PartitionId }).IsUnique();
        builder.HasOne(d => d.Partition).WithMany().HasForeignKey(d => d.PartitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
