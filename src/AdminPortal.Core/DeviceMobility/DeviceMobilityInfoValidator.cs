using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.DeviceMobility;

public sealed class DeviceMobilityInfoValidator : PortalValidator<DeviceMobilityInfo>
{
    public DeviceMobilityInfoValidator(PortalDbContext db)
    {
        RuleFor(d => d.Name).ValidName().UniqueIn(db.DeviceMobilityInfos, d => d.Name);

        // R10 (DmiSubnets): well-formed subnet, mask size in range or the catch-all, host bits zero, no duplicate subnet/mask.
        RuleFor(d => d.Subnet)
            .NotEmpty().WithMessage("Subnet is required.")
            .Must(text => IpSubnet.TryParseAddress(text, out _))
            .WithRule(DesignRules.R10, "Subnet must be an IPv4 address such as 10.1.2.0 or an IPv6 address such as 2001:db8::.");
        RuleFor(d => d.SubnetMaskSize)
            .Must((d, size) => DmiSubnets.MaskSizeInRange(d.Subnet, size))
            .WithRule(DesignRules.R10, d => $"Subnet Mask Size must be {DmiSubnets.MaskSizeRange(d.Subnet)}.");
        RuleFor(d => d.Subnet)
            .Must((d, text) => !IpSubnet.TryParseAddress(text, out var address)
                || !DmiSubnets.MaskSizeInRange(text, d.SubnetMaskSize)
                || IpSubnet.HostBitsAreZero(address, d.SubnetMaskSize))
            .WithRule(DesignRules.R10, d => d.SubnetMaskSize == DmiSubnets.CatchAllMaskSize
                ? $"{d.Subnet}/{d.SubnetMaskSize} has host bits set: mask size {DmiSubnets.CatchAllMaskSize} is the catch-all, whose subnet is 0.0.0.0 (or :: for IPv6)."
                : $"{d.Subnet}/{d.SubnetMaskSize} has host bits set; the network address is {NetworkOf(d)}.");
        RuleFor(d => d.Subnet)
            .MustAsync(async (d, text, cancellation) => !await IsDuplicate(db, d, cancellation))
            .WithRule(DesignRules.R10, d => $"Another Device Mobility Info already has subnet {d.Subnet}/{d.SubnetMaskSize}.");

        RuleFor(d => d.DevicePools).NotEmpty().WithMessage("Select at least one device pool.");
        RuleFor(d => d.DevicePools)
            .Must(pools => pools.Select(p => p.DevicePoolId).Distinct().Count() == pools.Count)
            .WithMessage("A device pool can be selected only once.");
        RuleForEach(d => d.DevicePools).ChildRules(pool =>
            pool.RuleFor(p => p.DevicePoolId).Exists(db.DevicePools, "Device Pool"));
    }

    private static string NetworkOf(DeviceMobilityInfo d) =>
        IpSubnet.TryParseAddress(d.Subnet, out var address)
            ? $"{IpSubnet.NetworkAddress(address, d.SubnetMaskSize)}/{d.SubnetMaskSize}"
            : d.Subnet;

    private static async Task<bool> IsDuplicate(PortalDbContext db, DeviceMobilityInfo d, CancellationToken cancellation)
    {
        if (!IpSubnet.TryParseAddress(d.Subnet, out var address))
        {
            return false;
        }

        // Stored subnets are canonical text, so "2001:DB8:0::" and "2001:db8::" are the same subnet.
        var canonical = IpSubnet.Canonical(address);
        return await db.DeviceMobilityInfos.AnyAsync(o => o.Id != d.Id && o.Subnet == canonical && o.SubnetMaskSize == d.SubnetMaskSize, cancellation);
    }
}
