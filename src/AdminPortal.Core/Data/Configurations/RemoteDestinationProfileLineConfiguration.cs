using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class RemoteDestinationProfileLineConfiguration : IEntityTypeConfiguration<RemoteDestinationProfileLine>
{
    public void Configure(EntityTypeBuilder<RemoteDestinationProfileLine> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(l => new { l.RemoteDestinationProfileId, l.LineIndex }).IsUnique();
        builder.HasOne(l => l.DirectoryNumber).WithMany().HasForeignKey(l => l.DirectoryNumberId).OnDelete(DeleteBehavior.Restrict);
    }
}
