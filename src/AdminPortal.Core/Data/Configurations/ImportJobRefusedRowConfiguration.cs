using AdminPortal.Core.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class ImportJobRefusedRowConfiguration : IEntityTypeConfiguration<ImportJobRefusedRow>
{
    public void Configure(EntityTypeBuilder<ImportJobRefusedRow> builder)
    {
        builder.ToTable("ImportJobRefusedRows");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.JobId).HasMaxLength(ImportJobs.IdLength).IsRequired();
        builder.Property(r => r.File).HasMaxLength(ImportJobs.MaxFileNameLength).IsRequired();
        builder.Property(r => r.ObjectType).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Column).HasMaxLength(128);
        builder.Property(r => r.Value).HasMaxLength(ImportJobs.MaxKeptValueLength);
        builder.Property(r => r.Rule).HasMaxLength(16);
        builder.Property(r => r.Message).IsRequired();
        builder.Property(r => r.GuideLine).HasMaxLength(128);
        // Restrict, as every key of the portal's tables: a job's report goes only with the job, on purpose.
        builder.HasOne<ImportJob>().WithMany().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.JobId, r.Ordinal });
    }
}
