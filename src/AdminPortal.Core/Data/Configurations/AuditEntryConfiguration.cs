using AdminPortal.Core.Audit;
using AdminPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Account).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Channel).HasMaxLength(16).IsRequired();
        builder.Property(e => e.TokenName).HasMaxLength(TextLimits.Name);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ObjectType).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ObjectName).HasMaxLength(256).IsRequired();
        builder.Property(e => e.JobId).HasMaxLength(64);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.ObjectType, e.ObjectId });
        builder.HasIndex(e => e.Account);
    }
}
