using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class ClusterGuardConfiguration : IEntityTypeConfiguration<ClusterGuard>
{
    public void Configure(EntityTypeBuilder<ClusterGuard> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        // The row exists from the migration on; the portal reconciles its count at start.
        builder.HasData(new ClusterGuard());
    }
}
