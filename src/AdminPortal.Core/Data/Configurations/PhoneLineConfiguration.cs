using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class PhoneLineConfiguration : IEntityTypeConfiguration<PhoneLine>
{
    public void Configure(EntityTypeBuilder<PhoneLine> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(l => new { l.PhoneId, l.LineIndex }).IsUnique();
        builder.HasOne(l => l.DirectoryNumber).WithMany().HasForeignKey(l => l.DirectoryNumberId).OnDelete(DeleteBehavior.Restrict);
    }
}
