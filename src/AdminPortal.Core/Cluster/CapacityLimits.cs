using AdminPortal.Core.Rules;

namespace AdminPortal.Core.Cluster;

/// <summary>The design guide's capacity figures (reference section 4).</summary>
public static class CapacityLimits
{
    /// <summary>Remote destinations + mobility identities per cluster (SRND L1404, L2170).</summary>
    public const int RemoteDestinations = DesignRules.ClusterRemoteDestinationCap;

    /// <summary>Device configurations and registrations per cluster (SRND L2168).</summary>
    public const int Devices = 40_000;

    /// <summary>Proxy registrations of an Expressway-C/E cluster pair (SRND L2172).</summary>
    public const int ExpresswayProxyRegistrations = 10_000;

    /// <summary>Video calls an Expressway-C/E cluster pair carries (SRND L2172).</summary>
    public const int ExpresswayVideoCalls = 2_000;

    /// <summary>Audio calls an Expressway-C/E cluster pair carries (SRND L2172).</summary>
    public const int ExpresswayAudioCalls = 4_000;

    /// <summary>Voice calls one 802.11 channel cell carries (SRND L207).</summary>
    public const int VoiceCallsPerCell = 27;

    /// <summary>720p / 1 Mbps video calls one channel cell carries (SRND L209).</summary>
    public const int VideoCallsPerCell = 8;
}
