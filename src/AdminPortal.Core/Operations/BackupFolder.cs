namespace AdminPortal.Core.Operations;

/// <summary>Where the Backups page writes (an absolute path): <c>Backup:Folder</c>, or <see cref="DefaultName"/> beside the database.</summary>
public sealed record BackupFolder(string Path)
{
    public const string Setting = "Backup:Folder";

    public const string DefaultName = "backups";
}
