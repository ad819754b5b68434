using AdminPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Core.Data;

/// <summary>Conventions every configuration shares.</summary>
public static class ModelBuilding
{
    /// <summary>
    /// Annotation on a foreign key whose dependent is a part of its principal (a device pool list entry of a
    /// Device Mobility Info, a phone's line, an access-list member): the part is saved and deleted with its
    /// owner and is never reported as a dependency record. Every other reference blocks deletion (R12).
    /// </summary>
    public const string AggregatePartAnnotation = "Portal:AggregatePart";

    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> builder)
        where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Version).IsConcurrencyToken();
    }

    public static void ConfigureNamed<T>(this EntityTypeBuilder<T> builder)
        where T : NamedEntity
    {
        builder.ConfigureEntity();
        builder.Property(e => e.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(TextLimits.Description);
        builder.HasIndex(e => e.Name).IsUnique();
    }

    /// <summary>Marks a relationship as whole-part (see <see cref="AggregatePartAnnotation"/>); still Restrict in the database.</summary>
    public static ReferenceCollectionBuilder<TOwner, TPart> AsAggregatePart<TOwner, TPart>(
        this ReferenceCollectionBuilder<TOwner, TPart> builder)
        where TOwner : class
        where TPart : class =>
        builder.OnDelete(DeleteBehavior.Restrict).HasAnnotation(AggregatePartAnnotation, true);

    public static ReferenceReferenceBuilder<TOwner, TPart> AsAggregatePart<TOwner, TPart>(
        this ReferenceReferenceBuilder<TOwner, TPart> builder)
        where TOwner : class
        where TPart : class =>
        builder.OnDelete(DeleteBehavior.Restrict).HasAnnotation(AggregatePartAnnotation, true);

    public static bool IsAggregatePart(this IReadOnlyForeignKey foreignKey) =>
        foreignKey[AggregatePartAnnotation] is true;
}
