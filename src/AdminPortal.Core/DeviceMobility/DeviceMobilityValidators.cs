using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.DeviceMobility;

/// <summary>Field rules of the objects that are only a name and a description (catalogs, physical locations, groups).</summary>
public sealed class NamedEntityValidator<T> : PortalValidator<T>
    where T : NamedEntity
{
    public NamedEntityValidator(PortalDbContext db)
    {
        RuleFor(e => e.Name).ValidName().UniqueIn(db.Set<T>(), e => e.Name);
        RuleFor(e => e.Description).ValidDescription();
    }
}

public sealed class SiteValidator : PortalValidator<Site>
{
    public SiteValidator(PortalDbContext db)
    {
        RuleFor(s => s.Name).ValidName().UniqueIn(db.Sites, s => s.Name);
        RuleFor(s => s.Description).ValidDescription();
        RuleFor(s => s.PstnAccessCode)
            .Matches("^[0-9*#]{1,10}$").WithMessage("PSTN Access Code is 1-10 of the digits 0-9, * and #.")
            .When(s => !string.IsNullOrEmpty(s.PstnAccessCode));
        RuleFor(s => s.PhysicalLocationId).ExistsWhenSet(db.PhysicalLocations, "Physical Location");
    }
}

public sealed class DevicePoolValidator : PortalValidator<DevicePool>
{
    public DevicePoolValidator(PortalDbContext db)
    {
        RuleFor(p => p.Name).ValidName("Device Pool Name").UniqueIn(db.DevicePools, p => p.Name, "Device Pool Name");
        RuleFor(p => p.UnifiedCmGroupId).Exists(db.UnifiedCmGroups, "Cisco Unified Communications Manager Group");
        RuleFor(p => p.DateTimeGroupId).Exists(db.DateTimeGroups, "Date/Time Group");
        RuleFor(p => p.RegionId).Exists(db.Regions, "Region");
        RuleFor(p => p.SrstReferenceId).Exists(db.SrstReferences, "SRST Reference");
        RuleFor(p => p.SiteId).ExistsWhenSet(db.Sites, "Site");
        RuleFor(p => p.LocalRouteGroupId).ExistsWhenSet(db.LocalRouteGroups, "Local Route Group");
        RuleFor(p => p.MediaResourceGroupListId).ExistsWhenSet(db.MediaResourceGroupLists, "Media Resource Group List");
        RuleFor(p => p.LocationId).ExistsWhenSet(db.Locations, "Location");
        RuleFor(p => p.NetworkLocaleId).ExistsWhenSet(db.NetworkLocales, "Network Locale");
        RuleFor(p => p.PhysicalLocationId).ExistsWhenSet(db.PhysicalLocations, "Physical Location");
        RuleFor(p => p.PhysicalLocationId).CustomAsync(async (locationId, context, ct) =>
        {
            var siteId = context.InstanceToValidate.SiteId;
            var site = siteId is null ? null : await db.Sites.Where(s => s.Id == siteId)
                .Select(s => new { s.Name, s.PhysicalLocationId, Location = s.PhysicalLocation!.Name }).SingleOrDefaultAsync(ct);
            if (site is null || site.PhysicalLocationId == locationId)
            {
                return;
            }

            context.AddRuleFailure(nameof(DevicePool.PhysicalLocationId), DesignRules.R1, site.PhysicalLocationId is null
                ? $"Site {site.Name} has no physical location; leave this pool's Physical Location empty, or give the site one first."
                : $"Site {site.Name} is in physical location {site.Location}; its device pools must be there too (a site has one physical location).");
        });
        RuleFor(p => p.DeviceMobilityGroupId).ExistsWhenSet(db.DeviceMobilityGroups, "Device Mobility Group");
        RuleFor(p => p.DeviceMobilityCssId).ExistsWhenSet(db.CallingSearchSpaces, "Device Mobility Calling Search Space");
        RuleFor(p => p.AarCssId).ExistsWhenSet(db.CallingSearchSpaces, "AAR Calling Search Space");
        RuleFor(p => p.AarGroupId).ExistsWhenSet(db.AarGroups, "AAR Group");
        RuleFor(p => p.CallingPartyTransformationCssId).ExistsWhenSet(db.CallingSearchSpaces, "Calling Party Transformation CSS");
        RuleFor(p => p.ConnectionMonitorDuration)
            .InclusiveBetween(-1, 2592000)
            .WithMessage("Connection Monitor Duration is -1 (system default) or 0-2592000 seconds.");
    }
}

public sealed class DeviceMobilityInfoValidator : PortalValidator<DeviceMobilityInfo>
{
    public DeviceMobilityInfoValidator(PortalDbContext db)
    {
        RuleFor(d => d.Name).ValidName().UniqueIn(db.DeviceMobilityInfos, d => d.Name);

        // R10: well-formed subnet, mask size in range, host bits zero, no duplicate subnet/mask.
        RuleFor(d => d.Subnet)
            .NotEmpty().WithMessage("Subnet is required.")
            .Must(text => IpSubnet.TryParseAddress(text, out _))
            .WithRule(DesignRules.R10, "Subnet must be an IPv4 address such as 10.1.2.0 or an IPv6 address such as 2001:db8::.");
        RuleFor(d => d.SubnetMaskSize)
            .Must((d, size) => size >= 1 && size <= MaxMask(d.Subnet))
            .WithRule(DesignRules.R10, d => $"Subnet Mask Size must be 1-{MaxMask(d.Subnet)} for {(IsV6(d.Subnet) ? "an IPv6" : "an IPv4")} subnet.");
        RuleFor(d => d.Subnet)
            .Must((d, text) => !IpSubnet.TryParseAddress(text, out var address)
                || d.SubnetMaskSize < 1 || d.SubnetMaskSize > MaxMask(text)
                || IpSubnet.HostBitsAreZero(address, d.SubnetMaskSize))
            .WithRule(DesignRules.R10, d => $"{d.Subnet}/{d.SubnetMaskSize} has host bits set; the network address is {NetworkOf(d)}.");
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

    private static bool IsV6(string? text) => text?.Contains(':', StringComparison.Ordinal) == true;

    private static int MaxMask(string? text) => IsV6(text) ? 128 : 32;

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
