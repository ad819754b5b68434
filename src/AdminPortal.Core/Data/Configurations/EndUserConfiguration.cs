using AdminPortal.Core.Common;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data.Configurations;

public sealed class EndUserConfiguration : IEntityTypeConfiguration<EndUser>
{
    public void Configure(EntityTypeBuilder<EndUser> builder)
    {
        builder.ConfigureEntity();
        builder.Property(u => u.UserId).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(u => u.UserId).IsUnique();
        builder.Property(u => u.FirstName).HasMaxLength(TextLimits.PersonName);
        builder.Property(u => u.LastName).HasMaxLength(TextLimits.PersonName).IsRequired();
        builder.Property(u => u.MailId).HasMaxLength(TextLimits.Mail);
        builder.Property(u => u.TelephoneNumber).HasMaxLength(TextLimits.PhoneNumber);
        builder.Property(u => u.MobileNumber).HasMaxLength(TextLimits.PhoneNumber);
        builder.Property(u => u.Pin).HasMaxLength(TextLimits.FeatureCode * 2);
        builder.HasOne(u => u.PrimaryDevice).WithMany().HasForeignKey(u => u.PrimaryDeviceId).OnDelete(DeleteBehavior.Restrict);
    }
}
