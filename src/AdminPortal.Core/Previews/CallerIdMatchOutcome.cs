namespace AdminPortal.Core.Previews;

public enum CallerIdMatchOutcome
{
    /// <summary>Exactly one remote destination or mobility identity matches: the caller is its owner.</summary>
    Unique,

    /// <summary>Several match: Unified CM treats it as no match (SRND L1235, L1262).</summary>
    Ambiguous,

    /// <summary>None matches.</summary>
    None,
}
