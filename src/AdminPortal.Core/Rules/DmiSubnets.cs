using System.Net.Sockets;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.Rules;

/// <summary>
/// R10: a Device Mobility Info's subnet is an IPv4 or IPv6 network address (host bits zero) and its mask size is
/// 1-32 / 1-128, or 0 for the catch-all 0.0.0.0/0 or ::/0 that the SRND allows "for all non-defined subnets"
/// (L417); no two DMIs share subnet and mask (AXL). W2 is about that catch-all. The one definition the validator,
/// the design review, the previews and the page's helper text ask.
/// </summary>
public static class DmiSubnets
{
    /// <summary>R10, W2: the mask size of the catch-all, whose subnet is all zero (0.0.0.0 or ::).</summary>
    public const int CatchAllMaskSize = 0;

    /// <summary>R10: the smallest mask size of any other subnet.</summary>
    public const int MinMaskSize = 1;

    /// <summary>The mask sizes R10 accepts, as the Device Mobility Info page states them.</summary>
    public static readonly string MaskSizeHelp =
        $"{MinMaskSize}-{IpSubnet.IPv4MaxMaskSize} (IPv4), {MinMaskSize}-{IpSubnet.IPv6MaxMaskSize} (IPv6); {CatchAllMaskSize} for the catch-all 0.0.0.0 or ::";

    /// <summary>R10: the largest mask size for the subnet as typed: IPv6's when it reads as IPv6 (even before it parses), else IPv4's.</summary>
    public static int MaxMaskSize(string? subnet) => IpSubnet.MaxMaskSizeOf(FamilyOf(subnet));

    /// <summary>R10: the mask size is in range for the subnet's family (the catch-all's subnet is checked with the host bits).</summary>
    public static bool MaskSizeInRange(string? subnet, int maskSize) =>
        maskSize == CatchAllMaskSize || (maskSize >= MinMaskSize && maskSize <= MaxMaskSize(subnet));

    /// <summary>W2: the DMI is the catch-all of its family: mask size 0 over the all-zero address.</summary>
    public static bool IsCatchAll(string? subnet, int maskSize) =>
        maskSize == CatchAllMaskSize && IpSubnet.TryParseAddress(subnet, out var address) && IpSubnet.HostBitsAreZero(address, maskSize);

    /// <summary>The mask sizes R10 accepts for the subnet, as the messages write them.</summary>
    public static string MaskSizeRange(string? subnet) => FamilyOf(subnet) == AddressFamily.InterNetworkV6
        ? $"{MinMaskSize}-{IpSubnet.IPv6MaxMaskSize} for an IPv6 subnet, or {CatchAllMaskSize} for the catch-all ::"
        : $"{MinMaskSize}-{IpSubnet.IPv4MaxMaskSize} for an IPv4 subnet, or {CatchAllMaskSize} for the catch-all 0.0.0.0";

    /// <summary>R10 over a stored subnet and mask (the design review's re-check): what is wrong, or null.</summary>
    public static string? Problem(string subnet, int maskSize) =>
        !IpSubnet.TryParseAddress(subnet, out var address) ? "is not an IP address"
        : !MaskSizeInRange(subnet, maskSize) ? "has a mask size out of range"
        : !IpSubnet.HostBitsAreZero(address, maskSize) ? "has host bits set"
        : null;

    private static AddressFamily FamilyOf(string? subnet) =>
        IpSubnet.TryParseAddress(subnet, out var address) ? address.AddressFamily
        : subnet?.Contains(':', StringComparison.Ordinal) == true ? AddressFamily.InterNetworkV6
        : AddressFamily.InterNetwork;
}
