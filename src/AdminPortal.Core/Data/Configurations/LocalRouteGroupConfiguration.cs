using AdminPortal.Core.Catalogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class LocalRouteGroupConfiguration : IEntityTypeConfiguration<LocalRouteGroup>
{
    public void Configure(EntityTypeBuilder<LocalRouteGroup> builder) => builder.ConfigureNamed();
}
