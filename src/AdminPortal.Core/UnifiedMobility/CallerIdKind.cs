namespace AdminPortal.Core.UnifiedMobility;

public enum CallerIdKind
{
    /// <summary>A presented calling number.</summary>
    Number,

    /// <summary>No caller ID delivered ("Not Available").</summary>
    NotAvailable,

    /// <summary>Presentation restricted ("Private").</summary>
    Private,
}
