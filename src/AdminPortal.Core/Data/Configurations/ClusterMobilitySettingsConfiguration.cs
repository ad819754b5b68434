using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class ClusterMobilitySettingsConfiguration : IEntityTypeConfiguration<ClusterMobilitySettings>
{
    // Fixed so that the model snapshot does not change on every build.
    private static readonly Guid SeedVersion = new("6d1f3c52-2f0a-4c1e-9d7e-3b7f0b5a9e11");

    public void Configure(EntityTypeBuilder<ClusterMobilitySettings> builder)
    {
        builder.ConfigureEntity();
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SystemRemoteAccessBlockedNumbers).HasMaxLength(TextLimits.NumberList);
        builder.Property(s => s.HoldCode).HasMaxLength(TextLimits.FeatureCode);
        builder.Property(s => s.ExclusiveHoldCode).HasMaxLength(TextLimits.FeatureCode);
        builder.Property(s => s.ResumeCode).HasMaxLength(TextLimits.FeatureCode);
        builder.Property(s => s.TransferCode).HasMaxLength(TextLimits.FeatureCode);
        builder.Property(s => s.ConferenceCode).HasMaxLength(TextLimits.FeatureCode);
        builder.Property(s => s.SessionHandoffCode).HasMaxLength(TextLimits.FeatureCode);
        builder.Property(s => s.MobileVoiceAccessNumber).HasMaxLength(TextLimits.DestinationNumber);
        builder.Property(s => s.EnterpriseFeatureAccessNumbers).HasMaxLength(TextLimits.NumberList);
        builder.Property(s => s.HandoffNumber).HasMaxLength(TextLimits.DestinationNumber);
        builder.Property(s => s.RemoteAccessSubnets).HasMaxLength(TextLimits.NumberList);
        builder.Ignore(s => s.RemoteAccessSubnetList);
        builder.Ignore(s => s.DeviceMobilityOn);
        // The single row exists from the first migration on, with Unified CM's defaults.
        var row = ClusterMobilitySettings.Defaults();
        row.Version = SeedVersion;
        builder.HasData(row);
    }
}
