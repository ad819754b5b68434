using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

public sealed class RemoteDestinationProfileLine : Entity
{
    public int RemoteDestinationProfileId { get; set; }

    public RemoteDestinationProfile? RemoteDestinationProfile { get; set; }

    public int DirectoryNumberId { get; set; }

    public DirectoryNumber? DirectoryNumber { get; set; }

    public int LineIndex { get; set; }
}
