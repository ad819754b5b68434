using FluentValidation;

namespace AdminPortal.Core.Rules;

/// <summary>Base of every validator: a field shows its first problem only ("required", not also "malformed").</summary>
public abstract class PortalValidator<T> : AbstractValidator<T>
{
    protected PortalValidator() => RuleLevelCascadeMode = CascadeMode.Stop;
}
