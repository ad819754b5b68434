namespace AdminPortal.Core.UnifiedMobility;

/// <summary>The caller ID of one incoming call.</summary>
public sealed record CallerId(CallerIdKind Kind, string? Number = null)
{
    public static CallerId Of(string number) => new(CallerIdKind.Number, number);

    public static readonly CallerId NotAvailable = new(CallerIdKind.NotAvailable);

    public static readonly CallerId Private = new(CallerIdKind.Private);

    public override string ToString() => Kind == CallerIdKind.Number ? Number ?? "" : Kind.ToString();

    /// <summary>
    /// Reads a caller as a page or a query string gives it: <c>private</c>, <c>unavailable</c> (or nothing at all)
    /// for no caller ID, else a number as presented (digits, * #, an optional leading +; up to 24).
    /// </summary>
    public static bool TryParse(string? text, out CallerId caller)
    {
        var trimmed = text?.Trim() ?? "";
        caller = trimmed.ToUpperInvariant() switch
        {
            "" or "UNAVAILABLE" or "NOTAVAILABLE" or "NOT AVAILABLE" => NotAvailable,
            "PRIVATE" => Private,
            _ => Of(trimmed),
        };
        return caller.Kind != CallerIdKind.Number || Common.PhoneNumbers.IsDialed(trimmed);
    }
}
