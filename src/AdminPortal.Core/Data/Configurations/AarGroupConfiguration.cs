using AdminPortal.Core.Catalogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class AarGroupConfiguration : IEntityTypeConfiguration<AarGroup>
{
    public void Configure(EntityTypeBuilder<AarGroup> builder) => builder.ConfigureNamed();
}
