using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.DeviceMobility;

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
