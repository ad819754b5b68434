using AdminPortal.Web.Components.Pages.Admin.MobilityTools;
using AdminPortal.Web.Tests.Support;
using AngleSharp.Dom;
using Bunit;

namespace AdminPortal.Web.Tests.MobilityTools;

public sealed class DeviceMobilityPreviewPageTests : PortalComponentTest
{
    [Fact]
    public void SanJosePhoneAtALondonAddress_RoamsToLondonsPoolKeepingItsOwnCss()
    {
        var cut = RenderPage<DeviceMobilityPreviewPage>("/ccmadmin/tools/device-mobility");
        cut.WaitForElement("[data-test='subnet-node']");

        Type(cut, "phone", "SEP001122334455");
        Type(cut, "ip", "10.30.1.20");
        Click(cut, "preview");

        cut.WaitForAssertion(() => Assert.Equal("RoamingOtherGroup", cut.Find("[data-test='outcome']").GetAttribute("data-outcome")));
        Assert.Equal("LON_dmi", cut.Find("[data-test='matched']").TextContent.Trim());
        Assert.Equal("SJ_DP", cut.Find("[data-test='home-pool']").TextContent.Trim());
        Assert.Equal("LON_DP", cut.Find("[data-test='roaming-pool']").TextContent.Trim());
        Assert.Contains("SRND L386", cut.Find("[data-test='explanation']").TextContent, StringComparison.Ordinal);
        var region = SettingRow(cut, "Region");
        Assert.Equal("LON_Region", region.QuerySelector("[data-test='setting-effective']")!.TextContent.Trim());
        Assert.Equal("Roaming pool", region.QuerySelector("[data-test='setting-source']")!.TextContent.Trim());
        var css = SettingRow(cut, "Device Mobility Calling Search Space");
        Assert.Equal("The device's own setting", css.QuerySelector("[data-test='setting-effective']")!.TextContent.Trim());
        Assert.Equal("The device", css.QuerySelector("[data-test='setting-source']")!.TextContent.Trim());
    }

    [Fact]
    public async Task HomePoolAndMode_WithoutAPhone_ShowsMobilityOffAndTheNoMatchCase()
    {
        var cut = RenderPage<DeviceMobilityPreviewPage>("/ccmadmin/tools/device-mobility");
        cut.WaitForElement("[data-test='subnet-node']");
        await ChooseRadio(cut, false);
        await ChooseValue(cut, "devicePool", "RTP_DP");
        await ChooseValue(cut, "mode", Core.UnifiedMobility.DeviceMobilityMode.On);

        Type(cut, "ip", "192.0.2.7");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Equal("NoMatch", cut.Find("[data-test='outcome']").GetAttribute("data-outcome")));
        Assert.Equal("None", cut.Find("[data-test='matched']").TextContent.Trim());

        Type(cut, "ip", "2001:db8:30::20");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Equal("RoamingOtherGroup", cut.Find("[data-test='outcome']").GetAttribute("data-outcome")));
        Assert.Equal("LON_ipv6_dmi", cut.Find("[data-test='matched']").TextContent.Trim());

        await ChooseValue(cut, "mode", Core.UnifiedMobility.DeviceMobilityMode.Off);
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Equal("MobilityOff", cut.Find("[data-test='outcome']").GetAttribute("data-outcome")));
        Assert.Equal("None: the home pool applies", cut.Find("[data-test='roaming-pool']").TextContent.Trim());
    }

    [Fact]
    public void AddressThatDoesNotParse_IsSaidNextToTheFieldAndNothingIsShown()
    {
        var cut = RenderPage<DeviceMobilityPreviewPage>("/ccmadmin/tools/device-mobility");
        cut.WaitForElement("[data-test='subnet-node']");

        Type(cut, "phone", "SEP001122334455");
        Type(cut, "ip", "10.300.1.20");
        Click(cut, "preview");

        cut.WaitForAssertion(() => Assert.Contains("Enter an IPv4 address", ErrorNextTo(cut, "ip"), StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-test='result']"));
        Assert.Null(ErrorNextTo(cut, "phone"));

        Type(cut, "phone", "SEPNOSUCHPHONE");
        Type(cut, "ip", "10.30.1.20");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Contains("There is no phone named SEPNOSUCHPHONE", ErrorNextTo(cut, "phone"), StringComparison.Ordinal));
        Assert.Null(ErrorNextTo(cut, "ip"));
        Assert.Empty(cut.FindAll("[data-test='result']"));
    }

    [Fact]
    public async Task LinkWithPhoneAndAddress_PreviewsAtOnce_AndTheSubnetMapNestsAndFlagsShadowedDmis()
    {
        // A /24 inside SJ_data_dmi, and two /17s that cover all of SJ_voice_dmi.
        var pool = await IdOfAsync<Core.DeviceMobility.DevicePool>(p => p.Name == "SJ_DP");
        foreach (var (name, subnet, mask) in new[] { ("SJ_lab_dmi", "10.10.5.0", 24), ("SJ_voice_low", "10.11.0.0", 17), ("SJ_voice_high", "10.11.128.0", 17) })
        {
            Assert.True((await Store.SaveAsync(new Core.DeviceMobility.DeviceMobilityInfo
            {
                Name = name,
                Subnet = subnet,
                SubnetMaskSize = mask,
                DevicePools = [new Core.DeviceMobility.DeviceMobilityInfoDevicePool { DevicePoolId = pool }],
            })).Succeeded);
        }

        var cut = RenderPage<DeviceMobilityPreviewPage>("/ccmadmin/tools/device-mobility?phone=SEP001122334455&ip=10.10.5.9");

        cut.WaitForAssertion(() => Assert.Equal("SJ_lab_dmi", cut.Find("[data-test='matched']").TextContent.Trim()));
        Assert.Equal("SJ_lab_dmi → SJ_data_dmi", cut.Find("[data-test='containing']").TextContent.Trim());
        var data = Node(cut, "SJ_data_dmi");
        Assert.Contains(data.QuerySelectorAll("[data-test='subnet-node']"), n => n.GetAttribute("data-name") == "SJ_lab_dmi");
        Assert.False(IsShadowed(data));
        Assert.True(IsShadowed(Node(cut, "SJ_voice_dmi")));
        Assert.False(IsShadowed(Node(cut, "SJ_voice_low")));
    }

    [Fact]
    public async Task PhonePage_LinksToThePreviewOfThatPhone()
    {
        var cut = await OpenEditAsync<Components.Pages.Admin.UnifiedMobility.PhoneEdit, Core.UnifiedMobility.Phone>(
            "/ccmadmin/phones", p => p.Id, p => p.Name == "TCTBCHEN", "Name", "TCTBCHEN");

        Assert.Equal("/ccmadmin/tools/device-mobility?phone=TCTBCHEN", cut.Find("[data-test='device-mobility-preview-link']").GetAttribute("href"));
    }

    private static IElement Node(IRenderedComponent<PageHost> cut, string name) =>
        cut.FindAll("[data-test='subnet-node']").Single(n => n.GetAttribute("data-name") == name);

    private static bool IsShadowed(IElement node) => node.GetAttribute("data-shadowed") == "true";

    private static IElement SettingRow(IRenderedComponent<PageHost> cut, string name) =>
        cut.FindAll("[data-test='setting-name']").Single(n => n.TextContent.Trim() == name).Closest("tr")!;
}
