using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace AdminPortal.Core.Previews;

/// <summary>An address as the bits a <see cref="SubnetTrie"/> walks: left-aligned in a <see cref="UInt128"/>.</summary>
public static class AddressBits
{
    /// <summary>
    /// The address's bits and family. A device's IPv4-mapped IPv6 address (::ffff:10.1.2.3, as a dual-stack socket
    /// reports an IPv4 phone) is read as the IPv4 address it carries, unless <paramref name="asWritten"/> (a DMI's
    /// subnet is taken as configured).
    /// </summary>
    public static (bool IsIPv6, UInt128 Bits) Of(IPAddress address, bool asWritten = false)
    {
        if (address.IsIPv4MappedToIPv6 && !asWritten)
        {
            address = address.MapToIPv4();
        }

        Span<byte> bytes = stackalloc byte[16];
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            address.TryWriteBytes(bytes, out _);
            return (false, (UInt128)BinaryPrimitives.ReadUInt32BigEndian(bytes) << 96);
        }

        address.TryWriteBytes(bytes, out _);
        return (true, BinaryPrimitives.ReadUInt128BigEndian(bytes));
    }
}
