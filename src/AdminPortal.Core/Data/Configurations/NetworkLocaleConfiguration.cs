using AdminPortal.Core.Catalogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class NetworkLocaleConfiguration : IEntityTypeConfiguration<NetworkLocale>
{
    public void Configure(EntityTypeBuilder<NetworkLocale> builder) => builder.ConfigureNamed();
}
