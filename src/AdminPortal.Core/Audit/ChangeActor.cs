namespace AdminPortal.Core.Audit;

/// <summary>
/// Who makes a change and through what: the account (user ID, or the system's name), the channel, whether they may
/// change the configuration at all, and the API token they used, if any. <see cref="Data.IChangeAuthorization"/>
/// answers it once per save; the store refuses when <see cref="MayChange"/> is false and writes the rest into the
/// audit entry.
/// </summary>
public sealed record ChangeActor(string Account, ChangeChannel Channel, bool MayChange, string? TokenName = null)
{
    /// <summary>The bulk import job the change belongs to (channel <see cref="ChangeChannel.Import"/>), written into each audit entry.</summary>
    public string? JobId { get; init; }

    /// <summary>Nobody signed in: may not change anything.</summary>
    public static ChangeActor Nobody { get; } = new("(anonymous)", ChangeChannel.Page, MayChange: false);
}
