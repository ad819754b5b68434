using AdminPortal.Core.Catalogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class DateTimeGroupConfiguration : IEntityTypeConfiguration<DateTimeGroup>
{
    public void Configure(EntityTypeBuilder<DateTimeGroup> builder) => builder.ConfigureNamed();
}
