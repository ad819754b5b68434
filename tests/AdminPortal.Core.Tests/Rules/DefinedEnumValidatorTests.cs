using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;
using FluentValidation;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>IsDefinedValue refuses exactly what FluentValidation's IsInEnum refuses, with the same failure.</summary>
public sealed class DefinedEnumValidatorTests
{
    [Fact]
    public void IsDefinedValue_UndefinedValue_FailsAsIsInEnumDoes()
    {
        var value = new Holder { Policy = (VoicemailPolicy)99, Day = (DayOfWeek)7 };

        var ours = new OursValidator().Validate(value).Errors;
        var theirs = new TheirsValidator().Validate(value).Errors;

        Assert.Equal(2, theirs.Count);
        Assert.Equal(
            theirs.Select(e => (e.PropertyName, e.ErrorMessage, e.ErrorCode, e.AttemptedValue)),
            ours.Select(e => (e.PropertyName, e.ErrorMessage, e.ErrorCode, e.AttemptedValue)));
    }

    [Fact]
    public void IsDefinedValue_EveryDefinedValue_Passes()
    {
        foreach (var policy in Enum.GetValues<VoicemailPolicy>())
        {
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                Assert.True(new OursValidator().Validate(new Holder { Policy = policy, Day = day }).IsValid);
            }
        }
    }

    [Fact]
    public void IsDefinedValue_FlagsEnumeration_IsRefusedWhenTheRuleIsMade()
    {
        Assert.Throws<NotSupportedException>(() => new DefinedEnumValidator<Holder, Options>());
    }

    [Flags]
    private enum Options
    {
        None = 0,
        One = 1,
        Two = 2,
    }

    private sealed class Holder
    {
        public VoicemailPolicy Policy { get; init; }

        public DayOfWeek Day { get; init; }
    }

    private sealed class OursValidator : AbstractValidator<Holder>
    {
        public OursValidator()
        {
            RuleFor(h => h.Policy).IsDefinedValue();
            RuleFor(h => h.Day).IsDefinedValue();
        }
    }

    private sealed class TheirsValidator : AbstractValidator<Holder>
    {
        public TheirsValidator()
        {
            RuleFor(h => h.Policy).IsInEnum();
            RuleFor(h => h.Day).IsInEnum();
        }
    }
}
