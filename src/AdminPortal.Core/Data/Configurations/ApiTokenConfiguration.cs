using AdminPortal.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(ApiTokens.MaxNameLength).IsRequired();
        builder.Property(t => t.Prefix).HasMaxLength(ApiTokens.PrefixLength).IsRequired();
        builder.HasIndex(t => t.Prefix).IsUnique();
        builder.Property(t => t.SecretHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.CreatedById).IsRequired();
        // Restrict, as every key of the portal's own tables: an account with tokens is not deleted behind their back.
        builder.HasOne(t => t.CreatedBy).WithMany().HasForeignKey(t => t.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
