using System.Collections.Concurrent;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using FluentValidation.Validators;

namespace AdminPortal.Core.Rules;

/// <summary>
/// The longest value each text field of an object accepts, read from the object's validator (its MaximumLength
/// rules), so that a form's inputs are limited by the same fact the save path checks.
/// </summary>
public static class FieldLengths
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, int>> Cache = new();

    /// <remarks>The validator is built over <paramref name="db"/> only to be described: nothing is queried.</remarks>
    public static IReadOnlyDictionary<string, int> Of<T>(PortalDbContext db)
        where T : Entity =>
        Cache.GetOrAdd(typeof(T), _ => Read(PortalValidators.For<T>(db)));

    /// <summary>The longest value of <paramref name="field"/>, or <see cref="TextLimits.Input"/> when its rules set none.</summary>
    public static int MaxLength(this IReadOnlyDictionary<string, int> lengths, string field) =>
        lengths.TryGetValue(field, out var max) ? max : TextLimits.Input;

    private static Dictionary<string, int> Read(FluentValidation.IValidator validator)
    {
        var lengths = new Dictionary<string, int>();
        foreach (var member in validator.CreateDescriptor().GetMembersWithValidators())
        {
            var max = member.Where(v => v.Validator is ILengthValidator { Max: > 0 }).Select(v => ((ILengthValidator)v.Validator).Max).DefaultIfEmpty(0).Min();
            if (max > 0)
            {
                lengths[member.Key] = max;
            }
        }

        return lengths;
    }
}
