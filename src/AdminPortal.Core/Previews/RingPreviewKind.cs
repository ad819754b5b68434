namespace AdminPortal.Core.Previews;

public enum RingPreviewKind
{
    /// <summary>A phone the user owns, on the enterprise line (a dual-mode device's own registration included).</summary>
    DeskPhone,

    /// <summary>A remote destination: a PSTN number rung by Single Number Reach.</summary>
    RemoteDestination,

    /// <summary>A dual-mode device's mobile number, rung by Single Number Reach while the device is not registered.</summary>
    MobilityIdentity,
}
