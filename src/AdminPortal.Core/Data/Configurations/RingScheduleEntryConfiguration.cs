using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class RingScheduleEntryConfiguration : IEntityTypeConfiguration<RingScheduleEntry>
{
    public void Configure(EntityTypeBuilder<RingScheduleEntry> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(e => new { e.RingScheduleId, e.Day }).IsUnique();
    }
}
