using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Which of the profile's lines ring this remote destination.</summary>
public sealed class RemoteDestinationLine : Entity
{
    public int RemoteDestinationId { get; set; }

    public RemoteDestination? RemoteDestination { get; set; }

    public int DirectoryNumberId { get; set; }

    public DirectoryNumber? DirectoryNumber { get; set; }
}
