using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class AccessListMemberConfiguration : IEntityTypeConfiguration<AccessListMember>
{
    public void Configure(EntityTypeBuilder<AccessListMember> builder)
    {
        builder.ConfigureEntity();
        builder.Property(m => m.NumberMask).HasMaxLength(TextLimits.NumberMask);
        builder.HasIndex(m => new { m.AccessListId, m.FilterType, m.NumberMask }).IsUnique();
    }
}
