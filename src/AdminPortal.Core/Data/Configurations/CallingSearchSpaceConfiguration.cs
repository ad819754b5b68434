using AdminPortal.Core.Catalogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class CallingSearchSpaceConfiguration : IEntityTypeConfiguration<CallingSearchSpace>
{
    public void Configure(EntityTypeBuilder<CallingSearchSpace> builder) => builder.ConfigureNamed();
}
