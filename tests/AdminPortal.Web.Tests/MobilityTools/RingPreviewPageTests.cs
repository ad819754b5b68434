using AdminPortal.Web.Components.Pages.Admin.MobilityTools;
using AdminPortal.Web.Tests.Support;
using AngleSharp.Dom;
using Bunit;

namespace AdminPortal.Web.Tests.MobilityTools;

public sealed class RingPreviewPageTests : PortalComponentTest
{
    [Fact]
    public void CallToJsmithOnAWeekdayMorning_RingsDeskAndMobile_WithTimelineDs0AndHeatMap()
    {
        var cut = RenderPage<RingPreviewPage>("/ccmadmin/tools/ring-preview");

        Type(cut, "user", "jsmith");
        Type(cut, "caller", "+14155550100");
        Type(cut, "at", "2026-03-09T09:30");
        Type(cut, "zone", "America/Los_Angeles");
        Click(cut, "preview");

        cut.WaitForAssertion(() => Assert.Equal("true", Rings(cut, "John mobile").GetAttribute("data-rings")));
        Assert.Equal("true", Rings(cut, "SEP001122334455").GetAttribute("data-rings"));
        Assert.Contains("Monday 2026-03-09 09:30", cut.Find("[data-test='ring-summary']").TextContent, StringComparison.Ordinal);
        Assert.Equal("1", cut.Find("[data-test='ds0']").GetAttribute("data-ds0"));
        Assert.Contains("rings from", Row(cut, "John mobile").QuerySelector("[data-test='timeline']")!.TextContent, StringComparison.Ordinal);

        // The mobile rings on weekdays 08:00-18:00 (its schedule, in Los Angeles): 5 × 40 quarter hours; the desk phone all week.
        Assert.Equal(200, HeatRow(cut, "John mobile").QuerySelectorAll("td.heat-rings").Length);
        Assert.Equal(7 * 96, HeatRow(cut, "SEP001122334455").QuerySelectorAll("td.heat-rings").Length);
    }

    [Fact]
    public void HeatMapOfTheSpringChangeWeek_MarksTheSkippedHourOnSunday()
    {
        var cut = RenderPage<RingPreviewPage>("/ccmadmin/tools/ring-preview");
        Type(cut, "user", "jsmith");
        Type(cut, "at", "2026-03-08T12:00");
        Type(cut, "zone", "America/Los_Angeles");
        Click(cut, "preview");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-test='heat-map-row']").Count));
        var desk = HeatRow(cut, "SEP001122334455");
        // Sunday 8 March 2026, 02:00-02:59 does not exist in Los Angeles: four quarter hours, the 9th to 12th of the day.
        var sunday = desk.QuerySelector("tr[data-day='Sunday']")!.QuerySelectorAll("td");
        Assert.Equal(Enumerable.Range(8, 4), sunday.Select((cell, i) => (cell, i)).Where(c => c.cell.ClassList.Contains("heat-gap")).Select(c => c.i));
        Assert.Equal(4, desk.QuerySelectorAll("td.heat-gap").Length);
        Assert.Equal((7 * 96) - 4, desk.QuerySelectorAll("td.heat-rings").Length);
    }

    [Fact]
    public void PrivateCaller_IsBlockedOnTheMobile_WithTheReason()
    {
        var cut = RenderPage<RingPreviewPage>("/ccmadmin/tools/ring-preview?user=%2B14085551234");
        cut.WaitForElement("[data-test='ring-result']");

        Type(cut, "caller", "private");
        Type(cut, "at", "2026-03-09T17:30Z");
        Click(cut, "preview");

        cut.WaitForAssertion(() => Assert.Equal("BlockedByList", Row(cut, "John mobile").QuerySelector("[data-test='reason']")!.GetAttribute("data-reason")));
        Assert.Equal("false", Rings(cut, "John mobile").GetAttribute("data-rings"));
        Assert.Equal("0", cut.Find("[data-test='ds0']").GetAttribute("data-ds0"));
        Assert.Empty(HeatRow(cut, "John mobile").QuerySelectorAll("td.heat-rings"));
    }

    [Fact]
    public void ThirdSnrCall_GoesToVoicemail_AndNothingRings()
    {
        var cut = RenderPage<RingPreviewPage>("/ccmadmin/tools/ring-preview");
        Type(cut, "user", "jsmith");
        Type(cut, "at", "2026-03-09T17:30Z");
        Type(cut, "activeCalls", "2");
        Click(cut, "preview");

        cut.WaitForAssertion(() => Assert.Equal("TooManySimultaneousCalls", Row(cut, "John mobile").QuerySelector("[data-test='reason']")!.GetAttribute("data-reason")));
        Assert.All(cut.FindAll("[data-test='rings']"), r => Assert.Equal("false", r.GetAttribute("data-rings")));
    }

    [Fact]
    public async Task DualModeDevice_TickedAsRegistered_RingsOnTheEnterpriseLine()
    {
        var cut = RenderPage<RingPreviewPage>("/ccmadmin/tools/ring-preview?user=bchen");
        cut.WaitForAssertion(() => Assert.Equal("DualModeDeviceNotRegistered", Row(cut, "TCTBCHEN").QuerySelector("[data-test='reason']")!.GetAttribute("data-reason")));
        Assert.Equal("false", Rings(cut, "TCTBCHEN").GetAttribute("data-rings"));

        await Check(cut, "registered-TCTBCHEN", true);

        cut.WaitForAssertion(() => Assert.Equal("true", Rings(cut, "TCTBCHEN").GetAttribute("data-rings")));
        Assert.Equal("TCTBCHEN", cut.Find("input[data-field='registered']").GetAttribute("value"));

        await Check(cut, "registered-TCTBCHEN", false);
        cut.WaitForAssertion(() => Assert.Equal("false", Rings(cut, "TCTBCHEN").GetAttribute("data-rings")));
    }

    [Fact]
    public void InputsThatDoNotParse_AreSaidNextToTheirFields()
    {
        var cut = RenderPage<RingPreviewPage>("/ccmadmin/tools/ring-preview");
        Type(cut, "user", "jsmith");
        Type(cut, "caller", "call me maybe");
        Type(cut, "at", "next tuesday");
        Type(cut, "zone", "Mars/Olympus");
        Click(cut, "preview");

        cut.WaitForAssertion(() => Assert.Contains("ISO 8601", ErrorNextTo(cut, "at"), StringComparison.Ordinal));
        Assert.Contains("caller's number", ErrorNextTo(cut, "caller"), StringComparison.Ordinal);
        Assert.Contains("not a time zone", ErrorNextTo(cut, "zone"), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-test='ring-result']"));

        // A time the spring change skips, calls that are no number, and a user who does not exist.
        Type(cut, "caller", "");
        Type(cut, "zone", "America/Los_Angeles");
        Type(cut, "at", "2026-03-08T02:30");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Contains("does not exist in America/Los_Angeles", ErrorNextTo(cut, "at"), StringComparison.Ordinal));
        Assert.Null(ErrorNextTo(cut, "caller"));

        Type(cut, "activeCalls", "two");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.NotNull(ErrorNextTo(cut, "activeCalls")));
        Assert.Empty(cut.FindAll("[data-test='ring-result']"));

        Type(cut, "activeCalls", "0");
        Type(cut, "at", "");
        Type(cut, "user", "nobody");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Contains("There is no end user with User ID nobody", ErrorNextTo(cut, "user"), StringComparison.Ordinal));

        Type(cut, "user", "jsmith");
        Type(cut, "registered", "TCTBCHEN");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Contains("TCTBCHEN is not a dual-mode device of jsmith", ErrorNextTo(cut, "registered"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task EndUserPage_LinksToTheRingPreviewOfThatUser()
    {
        var cut = await OpenEditAsync<Components.Pages.Admin.UnifiedMobility.EndUserEdit, Core.UnifiedMobility.EndUser>(
            "/ccmadmin/end-users", p => p.Id, u => u.UserId == "mgarcia", "UserId", "mgarcia");

        Assert.Equal("/ccmadmin/tools/ring-preview?user=mgarcia", cut.Find("[data-test='ring-preview-link']").GetAttribute("href"));
    }

    private static IElement Row(IRenderedComponent<PageHost> cut, string name) =>
        cut.FindAll("[data-test='destination-name']").Single(n => n.TextContent.Trim() == name).Closest("tr")!;

    private static IElement Rings(IRenderedComponent<PageHost> cut, string name) =>
        cut.FindAll("[data-test='rings']").Single(n => n.GetAttribute("data-name") == name);

    private static IElement HeatRow(IRenderedComponent<PageHost> cut, string name) =>
        cut.FindAll("[data-test='heat-map-row']").Single(n => n.GetAttribute("data-name") == name);
}
