namespace AdminPortal.Core.UnifiedMobility;

/// <summary>The caller ID of one incoming call.</summary>
public sealed record CallerId(CallerIdKind Kind, string? Number = null)
{
    public static CallerId Of(string number) => new(CallerIdKind.Number, number);

    public static readonly CallerId NotAvailable = new(CallerIdKind.NotAvailable);

    public static readonly CallerId Private = new(CallerIdKind.Private);

    public override string ToString() => Kind == CallerIdKind.Number ? Number ?? "" : Kind.ToString();
}
