using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Rules;
using AdminPortal.Web.Components.Pages.Admin.DeviceMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.DeviceMobility;

public sealed class DeviceMobilityInfoEditTests : PortalComponentTest
{
    private Task<IRenderedComponent<PageHost>> OpenAsync(string name) =>
        OpenEditAsync<DeviceMobilityInfoEdit, DeviceMobilityInfo>("/ccmadmin/device-mobility-info", x => x.Id, d => d.Name == name, "Name", name);

    [Fact]
    public async Task Render_ExistingDmi_ShowsSubnetAndOrderedPools()
    {
        var cut = await OpenAsync("VPN_concentrator_dmi");

        Assert.Equal("172.16.100.0", cut.Find("input[data-field='Subnet']").GetAttribute("value"));
        Assert.Equal("24", cut.Find("input[data-field='SubnetMaskSize']").GetAttribute("value"));
        Assert.Contains("1. SJ_DP", cut.Find("[data-test='selected-pools']").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.1.2.3", "24", "Subnet", "host bits")]
    [InlineData("999.1.1.1", "24", "Subnet", "IPv4 address")]
    [InlineData("10.1.2.0", "33", "SubnetMaskSize", "1-32")]
    [InlineData("::1", "129", "SubnetMaskSize", "1-128")]
    [InlineData("10.1.2.0", "0", "Subnet", "catch-all")]
    public async Task Save_BadSubnet_ShowsR10NextToTheFieldAndSavesNothing(string subnet, string mask, string field, string expected)
    {
        var pool = await IdOfAsync<DevicePool>(p => p.Name == "RTP_DP");
        var cut = RenderPage<DeviceMobilityInfoEdit>("/ccmadmin/device-mobility-info/new");
        Type(cut, "Name", "Bad_dmi");
        Type(cut, "Subnet", subnet);
        Type(cut, "SubnetMaskSize", mask);
        await Choose(cut, "AvailableDevicePools", pool);
        Click(cut, "add-pool");

        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains(expected, ErrorNextTo(cut, field)));
        Assert.NotNull(cut.Find("[data-test='error-summary']"));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.DeviceMobilityInfos.AnyAsync(d => d.Name == "Bad_dmi"));
    }

    [Fact]
    public async Task Save_NewDmiWithTwoPools_PersistsThemInOrder()
    {
        var rtp = await IdOfAsync<DevicePool>(p => p.Name == "RTP_DP");
        var sj = await IdOfAsync<DevicePool>(p => p.Name == "SJ_DP");
        var cut = RenderPage<DeviceMobilityInfoEdit>("/ccmadmin/device-mobility-info/new");
        Type(cut, "Name", "Shared_dmi");
        Type(cut, "Subnet", "10.40.0.0");
        Type(cut, "SubnetMaskSize", "16");
        await Choose(cut, "AvailableDevicePools", sj);
        Click(cut, "add-pool");
        await Choose(cut, "AvailableDevicePools", rtp);
        Click(cut, "add-pool");
        cut.Find("[aria-label='Move up']:not([disabled])").Click();

        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("?status=added", CurrentUrl, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        var saved = await db.DeviceMobilityInfos.Include(d => d.DevicePools).ThenInclude(p => p.DevicePool).SingleAsync(d => d.Name == "Shared_dmi");
        Assert.Equal(["RTP_DP", "SJ_DP"], saved.DevicePools.OrderBy(p => p.SortOrder).Select(p => p.DevicePool!.Name));
    }

    [Fact]
    public async Task Save_CatchAll_IsAddedWithMaskSizeZeroAsTheHelperTextSays()
    {
        var pool = await IdOfAsync<DevicePool>(p => p.Name == "RTP_DP");
        var cut = RenderPage<DeviceMobilityInfoEdit>("/ccmadmin/device-mobility-info/new");
        Assert.Contains(DmiSubnets.MaskSizeHelp, cut.Markup, StringComparison.Ordinal);
        Type(cut, "Name", "Catch_all_dmi");
        Type(cut, "Subnet", "0.0.0.0");
        Type(cut, "SubnetMaskSize", "0");
        await Choose(cut, "AvailableDevicePools", pool);
        Click(cut, "add-pool");

        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("?status=added", CurrentUrl, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, (await db.DeviceMobilityInfos.SingleAsync(d => d.Name == "Catch_all_dmi")).SubnetMaskSize);
    }

    [Fact]
    public async Task Save_WithoutPools_SaysSelectOne()
    {
        var cut = await OpenAsync("RTP_dmi");

        cut.Find("[aria-label='Remove RTP_DP']").Click();
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Select at least one device pool.", cut.Find("[data-test='device-pools-error']").TextContent));
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.DeviceMobilityInfoDevicePools.CountAsync(p => p.DeviceMobilityInfo!.Name == "RTP_dmi"));
    }

    [Fact]
    public async Task Delete_Dmi_RemovesItWithItsPoolList()
    {
        var cut = await OpenAsync("LON_ipv6_dmi");

        Click(cut, "delete");
        Confirm(cut);

        cut.WaitForAssertion(() => Assert.EndsWith("/ccmadmin/device-mobility-info", CurrentUrl, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.DeviceMobilityInfos.AnyAsync(d => d.Name == "LON_ipv6_dmi"));
    }
}
