namespace AdminPortal.Core.Operations;

/// <summary>What "Back up now" did: the backup written, or why none was.</summary>
public sealed record BackupOutcome(BackupFile? Written, string? Refusal)
{
    public bool Succeeded => Written is not null;
}
