using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class RingScheduleConfiguration : IEntityTypeConfiguration<RingSchedule>
{
    public void Configure(EntityTypeBuilder<RingSchedule> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(s => s.RemoteDestinationId).IsUnique();
        builder.Property(s => s.AllTheTime).HasDefaultValue(true);
        builder.HasMany(s => s.Entries).WithOne(e => e.RingSchedule).HasForeignKey(e => e.RingScheduleId).AsAggregatePart();
    }
}
