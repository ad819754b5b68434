namespace AdminPortal.Core.Rules;

/// <summary>How much a finding matters: a broken hard rule, a recommendation not followed, or advice to check.</summary>
public enum FindingSeverity
{
    Error,
    Warning,
    Info,
}
