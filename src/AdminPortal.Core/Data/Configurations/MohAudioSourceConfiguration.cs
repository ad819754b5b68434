using AdminPortal.Core.Catalogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class MohAudioSourceConfiguration : IEntityTypeConfiguration<MohAudioSource>
{
    public void Configure(EntityTypeBuilder<MohAudioSource> builder) => builder.ConfigureNamed();
}
