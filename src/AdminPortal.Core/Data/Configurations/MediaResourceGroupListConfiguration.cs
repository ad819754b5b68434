using AdminPortal.Core.Catalogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class MediaResourceGroupListConfiguration : IEntityTypeConfiguration<MediaResourceGroupList>
{
    public void Configure(EntityTypeBuilder<MediaResourceGroupList> builder) => builder.ConfigureNamed();
}
