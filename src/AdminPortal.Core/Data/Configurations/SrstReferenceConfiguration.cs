using AdminPortal.Core.Catalogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class SrstReferenceConfiguration : IEntityTypeConfiguration<SrstReference>
{
    public void Configure(EntityTypeBuilder<SrstReference> builder) => builder.ConfigureNamed();
}
