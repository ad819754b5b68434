using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace AdminPortal.Core.Common;

/// <summary>An IPv4 or IPv6 network: address plus mask size, host bits zero (R10).</summary>
public readonly partial record struct IpSubnet(IPAddress Network, int MaskSize)
{
    public bool IsIPv6 => Network.AddressFamily == AddressFamily.InterNetworkV6;

    /// <summary>The bits of an IPv4 address: its largest mask size.</summary>
    public const int IPv4MaxMaskSize = 32;

    /// <summary>The bits of an IPv6 address: its largest mask size.</summary>
    public const int IPv6MaxMaskSize = 128;

    public int MaxMaskSize => MaxMaskSizeOf(Network.AddressFamily);

    /// <summary>The largest mask size of an address family (R10): 32 for IPv4, 128 for IPv6.</summary>
    public static int MaxMaskSizeOf(AddressFamily family) => family == AddressFamily.InterNetworkV6 ? IPv6MaxMaskSize : IPv4MaxMaskSize;

    public override string ToString() => $"{Network}/{MaskSize}";

    /// <summary>Parses a network address in strict notation: four decimal octets, or IPv6 without a zone.</summary>
    public static bool TryParseAddress(string? text, out IPAddress address)
    {
        address = IPAddress.None;
        if (string.IsNullOrWhiteSpace(text) || text != text.Trim())
        {
            return false;
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return !text.Contains('%', StringComparison.Ordinal)
                && IPAddress.TryParse(text, out address!)
                && address.AddressFamily == AddressFamily.InterNetworkV6;
        }

        var match = DottedQuad().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            var part = match.Groups[i + 1].Value;
            if ((part.Length > 1 && part[0] == '0') || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 255)
            {
                return false;
            }

            bytes[i] = (byte)value;
        }

        address = new IPAddress(bytes);
        return true;
    }

    /// <summary>True when every bit after the first <paramref name="maskSize"/> bits is zero.</summary>
    public static bool HostBitsAreZero(IPAddress address, int maskSize) => NetworkAddress(address, maskSize).Equals(address);

    /// <summary>The address with every bit after the first <paramref name="maskSize"/> bits cleared.</summary>
    public static IPAddress NetworkAddress(IPAddress address, int maskSize)
    {
        var bytes = address.GetAddressBytes();
        for (var bit = maskSize; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return new IPAddress(bytes);
    }

    /// <summary>True when <paramref name="address"/> lies in this network.</summary>
    public bool Contains(IPAddress address)
    {
        if (address.AddressFamily != Network.AddressFamily)
        {
            return false;
        }

        var network = Network.GetAddressBytes();
        var candidate = address.GetAddressBytes();
        for (var bit = 0; bit < MaskSize; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((network[bit / 8] & mask) != (candidate[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses "network/mask", e.g. 172.16.100.0/24 or 2001:db8::/32, with host bits zero.</summary>
    public static bool TryParse(string? text, out IpSubnet subnet)
    {
        subnet = default;
        var parts = text?.Trim().Split('/');
        if (parts is not { Length: 2 } || !TryParseAddress(parts[0], out var address)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mask))
        {
            return false;
        }

        subnet = new IpSubnet(address, mask);
        return mask >= 1 && mask <= subnet.MaxMaskSize && HostBitsAreZero(address, mask);
    }

    /// <summary>True when every address of <paramref name="other"/> lies in this network.</summary>
    public bool Covers(IpSubnet other) => other.MaskSize >= MaskSize && Contains(other.Network);

    /// <summary>The canonical text of a network address (e.g. IPv6 compressed, lower case).</summary>
    public static string Canonical(IPAddress address) => address.ToString();

    [GeneratedRegex(@"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedQuad();
}
