using System.Linq.Expressions;
using System.Text.RegularExpressions;
using AdminPortal.Core.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Rules;

/// <summary>Field rules shared by several validators.</summary>
public static partial class ValidationExtensions
{
    /// <summary>Names: required, 1 to <see cref="TextLimits.Name"/> characters of letters, digits, space and - _ . (reference section 1).</summary>
    public static IRuleBuilderOptions<T, string> ValidName<T>(this IRuleBuilder<T, string> rule, string label = "Name") =>
        rule.NotEmpty().WithMessage($"{label} is required.")
            .MaximumLength(TextLimits.Name).WithMessage($"{label} can be at most {TextLimits.Name} characters.")
            .Matches(NameCharacters()).WithMessage($"{label} may contain only letters, digits, spaces and - _ .");

    public static IRuleBuilderOptions<T, string?> ValidDescription<T>(this IRuleBuilder<T, string?> rule, int max = TextLimits.Description) =>
        rule.MaximumLength(max).WithMessage($"Description can be at most {max} characters.");

    /// <summary>The value is not used by another row of the same table (case-insensitive, as Unified CM compares names).</summary>
    public static IRuleBuilderOptions<T, string> UniqueIn<T>(
        this IRuleBuilder<T, string> rule, IQueryable<T> rows, Expression<Func<T, string>> key, string label = "Name")
        where T : Entity =>
        rule.MustAsync(async (entity, value, cancellation) =>
                string.IsNullOrEmpty(value) || !await rows.AnyAsync(SameKeyOtherRow(key, value, entity.Id), cancellation))
            .WithMessage((_, value) => $"{label} '{value}' already exists.");

    /// <summary>A foreign key that must name an existing row.</summary>
    public static IRuleBuilderOptions<T, int> Exists<T, TTarget>(this IRuleBuilder<T, int> rule, IQueryable<TTarget> rows, string label)
        where TTarget : Entity =>
        rule.Exists((id, cancellation) => rows.AnyAsync(r => r.Id == id, cancellation), label);

    /// <summary>A foreign key that must name an existing row, as <paramref name="exists"/> answers it.</summary>
    public static IRuleBuilderOptions<T, int> Exists<T>(this IRuleBuilder<T, int> rule, Func<int, CancellationToken, Task<bool>> exists, string label) =>
        rule.MustAsync(async (id, cancellation) => id > 0 && await exists(id, cancellation))
            .WithMessage($"{label} is required.");

    /// <summary>An optional foreign key that, when set, must name an existing row.</summary>
    public static IRuleBuilderOptions<T, int?> ExistsWhenSet<T, TTarget>(this IRuleBuilder<T, int?> rule, IQueryable<TTarget> rows, string label)
        where TTarget : Entity =>
        rule.ExistsWhenSet((id, cancellation) => rows.AnyAsync(r => r.Id == id, cancellation), label);

    /// <summary>An optional foreign key that, when set, must name an existing row, as <paramref name="exists"/> answers it.</summary>
    public static IRuleBuilderOptions<T, int?> ExistsWhenSet<T>(this IRuleBuilder<T, int?> rule, Func<int, CancellationToken, Task<bool>> exists, string label) =>
        rule.MustAsync(async (id, cancellation) => id is null || await exists(id.Value, cancellation))
            .WithMessage($"{label} does not exist any more.");

    /// <summary>A defined value of an enumeration (not [Flags]): <c>IsInEnum</c>'s check and message, without its reflection per check (<see cref="DefinedEnumValidator{T, TEnum}"/>); the one enumeration check of the portal's validators.</summary>
    public static IRuleBuilderOptions<T, TEnum> IsDefinedValue<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.SetValidator(new DefinedEnumValidator<T, TEnum>());

    /// <summary>Marks a check as one of the design rules: its id as the error code, its message as the rule says it.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithRule<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, DesignRule designRule, Func<T, string> message) =>
        rule.WithErrorCode(designRule.Id).WithMessage(entity => designRule.Say(message(entity)));

    public static IRuleBuilderOptions<T, TProperty> WithRule<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, DesignRule designRule, string message) =>
        rule.WithRule(designRule, _ => message);

    /// <summary>Adds a failure of a design rule from a custom check.</summary>
    public static void AddRuleFailure<T>(this ValidationContext<T> context, string field, DesignRule designRule, string message) =>
        context.AddFailure(new FluentValidation.Results.ValidationFailure(field, designRule.Say(message)) { ErrorCode = designRule.Id });

    private static Expression<Func<T, bool>> SameKeyOtherRow<T>(Expression<Func<T, string>> key, string value, int id)
        where T : Entity
    {
        var lowered = value.ToLowerInvariant();
        var parameter = key.Parameters[0];
        var keyLower = Expression.Call(key.Body, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        // Captured values become SQL parameters, so the query plan is reused.
        var captured = Expression.Constant(new KeyProbe(lowered, id));
        var sameKey = Expression.Equal(keyLower, Expression.Property(captured, nameof(KeyProbe.Key)));
        var otherRow = Expression.NotEqual(Expression.Property(parameter, nameof(Entity.Id)), Expression.Property(captured, nameof(KeyProbe.Id)));
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(sameKey, otherRow), parameter);
    }

    private sealed record KeyProbe(string Key, int Id);

    [GeneratedRegex(@"^[A-Za-z0-9 _.\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NameCharacters();
}
