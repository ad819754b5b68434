using System.Net.Sockets;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.Rules;

/// <summary>
/// R10: a Device Mobility Info's subnet is an IPv4 or IPv6 network address (host bits zero) and its mask size is in
/// range for the family; no two DMIs share subnet and mask (AXL). The one definition the validator, the design
/// review and the previews ask.
/// </summary>
public static class DmiSubnets
{
    /// <summary>R10: the smallest mask size.</summary>
    public const int MinMaskSize = 1;

    /// <summary>R10: the largest mask size for the subnet as typed: IPv6's when it reads as IPv6 (even before it parses), else IPv4's.</summary>
    public static int MaxMaskSize(string? subnet) => IpSubnet.MaxMaskSizeOf(FamilyOf(subnet));

    /// <summary>R10: the mask size is in range for the subnet's family.</summary>
    public static bool MaskSizeInRange(string? subnet, int maskSize) => maskSize >= MinMaskSize && maskSize <= MaxMaskSize(subnet);

    /// <summary>The mask sizes R10 accepts for the subnet, as the messages write them.</summary>
    public static string MaskSizeRange(string? subnet) =>
        $"{MinMaskSize}-{MaxMaskSize(subnet)} for {(FamilyOf(subnet) == AddressFamily.InterNetworkV6 ? "an IPv6" : "an IPv4")} subnet";

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
