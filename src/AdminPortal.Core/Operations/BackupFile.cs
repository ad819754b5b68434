namespace AdminPortal.Core.Operations;

/// <summary>One backup in the backup folder: its file name, size and when it was written (UTC).</summary>
public sealed record BackupFile(string Name, long Bytes, DateTime WrittenAt);
