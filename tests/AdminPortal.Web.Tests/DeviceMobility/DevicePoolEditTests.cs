using AdminPortal.Core.Catalogs;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin.DeviceMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.DeviceMobility;

public sealed class DevicePoolEditTests : PortalComponentTest
{
    private Task<IRenderedComponent<PageHost>> OpenAsync(string name) =>
        OpenEditAsync<DevicePoolEdit, DevicePool>("/ccmadmin/device-pools", x => x.Id, p => p.Name == name, "Name", name);

    [Fact]
    public async Task Render_ExistingPool_ShowsUnifiedCmSectionsAndValues()
    {
        var cut = await OpenAsync("SJ_DP");

        Assert.Contains("Roaming Sensitive Settings", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Device Mobility Related Information", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("SJ_phyloc", cut.Find("input[data-field='PhysicalLocationId']").GetAttribute("value"));
        Assert.Equal("US_dmg", cut.Find("input[data-field='DeviceMobilityGroupId']").GetAttribute("value"));
        Assert.Equal("SJ_DevMob_CSS", cut.Find("input[data-field='DeviceMobilityCssId']").GetAttribute("value"));
    }

    [Fact]
    public async Task Save_NewPoolWithoutRequiredSettings_ShowsEachMessageAndSavesNothing()
    {
        var cut = RenderPage<DevicePoolEdit>("/ccmadmin/device-pools/new");
        Type(cut, "Name", "NYC_DP");

        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Equal("Region is required.", ErrorNextTo(cut, "RegionId")));
        Assert.Equal("Date/Time Group is required.", ErrorNextTo(cut, "DateTimeGroupId"));
        Assert.Equal("SRST Reference is required.", ErrorNextTo(cut, "SrstReferenceId"));
        Assert.Equal("Cisco Unified Communications Manager Group is required.", ErrorNextTo(cut, "UnifiedCmGroupId"));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.DevicePools.AnyAsync(p => p.Name == "NYC_DP"));
    }

    [Fact]
    public async Task Save_ChangedRoamingSetting_Persists()
    {
        var cut = await OpenAsync("RTP_DP");
        var region = await IdOfAsync<Region>(r => r.Name == "VPN_Region");

        await Choose(cut, "RegionId", region);
        Type(cut, "ConnectionMonitorDuration", "120");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent));
        await using var db = Database.CreateDbContext();
        var pool = await db.DevicePools.Include(p => p.Region).SingleAsync(p => p.Name == "RTP_DP");
        Assert.Equal("VPN_Region", pool.Region!.Name);
        Assert.Equal(120, pool.ConnectionMonitorDuration);
    }

    [Fact]
    public async Task Type_DuplicateName_ShowsAlreadyExists()
    {
        var cut = await OpenAsync("RTP_DP");

        Type(cut, "Name", "sj_dp");

        cut.WaitForAssertion(() => Assert.Equal("Device Pool Name 'sj_dp' already exists.", ErrorNextTo(cut, "Name")));
    }

    [Fact]
    public async Task Delete_PoolInUse_ShowsDependencyRecords()
    {
        var cut = await OpenAsync("LON_DP");

        Click(cut, "delete");
        Confirm(cut);

        cut.WaitForAssertion(() =>
        {
            var records = cut.Find("[data-test='dependency-records']").TextContent;
            Assert.Contains("Device Mobility Info LON_dmi", records, StringComparison.Ordinal);
            Assert.Contains("Phone SEP0050569A0B0C", records, StringComparison.Ordinal);
            Assert.Contains("Remote Destination Profile EWILSON_RDP", records, StringComparison.Ordinal);
        });
        await using var db = Database.CreateDbContext();
        Assert.True(await db.DevicePools.AnyAsync(p => p.Name == "LON_DP"));
    }

    [Fact]
    public async Task Copy_Pool_SavesANewPoolWithTheSameSettings()
    {
        var source = await IdOfAsync<DevicePool>(p => p.Name == "SJ_DP");
        var cut = RenderPage<DevicePoolEdit>($"/ccmadmin/device-pools/new?copyOf={source}");
        cut.WaitForAssertion(() => Assert.Equal("Copy of SJ_DP", cut.Find("input[data-field='Name']").GetAttribute("value")));

        Type(cut, "Name", "SJ2_DP");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("?status=added", CurrentUrl, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        var copy = await db.DevicePools.SingleAsync(p => p.Name == "SJ2_DP");
        var original = await db.DevicePools.SingleAsync(p => p.Name == "SJ_DP");
        Assert.Equal(original.RegionId, copy.RegionId);
        Assert.Equal(original.DeviceMobilityCssId, copy.DeviceMobilityCssId);
        Assert.Equal(original.PhysicalLocationId, copy.PhysicalLocationId);
    }

    [Fact]
    public async Task ShowDependencyRecords_UnusedPool_SaysNothingUsesIt()
    {
        var id = (await Store.SaveAsync(new DevicePool
        {
            Name = "Spare_DP",
            UnifiedCmGroupId = await IdOfAsync<UnifiedCmGroup>(g => g.Name == "Default"),
            DateTimeGroupId = await IdOfAsync<DateTimeGroup>(g => g.Name == "CMLocal"),
            RegionId = await IdOfAsync<Region>(g => g.Name == "Default"),
            SrstReferenceId = await IdOfAsync<SrstReference>(g => g.Name == "Disable"),
        })).Id;
        var cut = RenderPage<DevicePoolEdit>($"/ccmadmin/device-pools/{id}", p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("Spare_DP", cut.Find("input[data-field='Name']").GetAttribute("value")));

        Click(cut, "show-dependencies");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-test='no-dependencies']")));
    }
}
