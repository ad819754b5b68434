using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class RemoteDestinationLineConfiguration : IEntityTypeConfiguration<RemoteDestinationLine>
{
    public void Configure(EntityTypeBuilder<RemoteDestinationLine> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(l => new { l.RemoteDestinationId, l.DirectoryNumberId }).IsUnique();
        builder.HasOne(l => l.DirectoryNumber).WithMany().HasForeignKey(l => l.DirectoryNumberId).OnDelete(DeleteBehavior.Restrict);
    }
}
