using AdminPortal.Core.Catalogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class UnifiedCmGroupConfiguration : IEntityTypeConfiguration<UnifiedCmGroup>
{
    public void Configure(EntityTypeBuilder<UnifiedCmGroup> builder) => builder.ConfigureNamed();
}
