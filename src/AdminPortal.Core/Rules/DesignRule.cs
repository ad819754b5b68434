namespace AdminPortal.Core.Rules;

/// <summary>One rule of reference section 3: its id, what it says, and where the design guide says it.</summary>
public sealed record DesignRule(string Id, string Statement, string Source, FindingSeverity Severity)
{
    public bool IsHard => Id.StartsWith('R');

    /// <summary>"R4: message (SRND L1233).": how every message of a rule reads, next to its field and in lists.</summary>
    public string Say(string message) => $"{Id}: {message.TrimEnd('.')} ({Source}).";
}
