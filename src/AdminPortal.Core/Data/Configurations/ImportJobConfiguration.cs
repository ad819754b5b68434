using AdminPortal.Core.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("ImportJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).HasMaxLength(ImportJobs.IdLength);
        builder.Property(j => j.FileName).HasMaxLength(ImportJobs.MaxFileNameLength).IsRequired();
        builder.Property(j => j.ObjectType).HasMaxLength(64).IsRequired();
        builder.Property(j => j.Mode).HasMaxLength(16).IsRequired();
        builder.Property(j => j.Account).HasMaxLength(256).IsRequired();
        builder.Property(j => j.Counts).IsRequired();
        builder.Ignore(j => j.IsFinished);
        builder.HasIndex(j => j.QueuedAt);
        builder.HasIndex(j => j.Status);
    }
}
