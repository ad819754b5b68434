using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.SelfCare;
using AdminPortal.Web.Tests.Support;
using Bunit;

namespace AdminPortal.Web.Tests.SelfCare;

public sealed class SelfCareTryItTests : PortalComponentTest
{
    [Fact]
    public async Task Jsmith_TriesABlockedCaller_SeesOnlyHisOwnPhones_AndHisMobileNotRinging()
    {
        SelfCareUser.EndUserId = await IdOfAsync<EndUser>(u => u.UserId == "jsmith");
        var cut = RenderPage<SelfCareHome>("/ucmuser");
        cut.WaitForElement("[data-test='try-it']");

        Type(cut, "caller", "+19005550123");
        Type(cut, "at", "2026-03-09T10:00");
        Type(cut, "zone", "America/Los_Angeles");
        Click(cut, "try");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-test='rings']")));
        var rings = cut.FindAll("[data-test='rings']").ToDictionary(r => r.GetAttribute("data-name")!, r => r.GetAttribute("data-rings"));
        Assert.Equal(new Dictionary<string, string?> { ["SEP001122334455"] = "true", ["John mobile"] = "false" }, rings);
        Assert.Contains("jsmith", cut.Find("[data-test='ring-summary']").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("[data-test='heat-map-row']").Count);
    }

    [Fact]
    public async Task TimeThatDoesNotParse_IsSaidNextToTheField()
    {
        SelfCareUser.EndUserId = await IdOfAsync<EndUser>(u => u.UserId == "mgarcia");
        var cut = RenderPage<SelfCareHome>("/ucmuser");
        cut.WaitForElement("[data-test='try-it']");

        Type(cut, "at", "tomorrow at nine");
        Click(cut, "try");

        cut.WaitForAssertion(() => Assert.Contains("ISO 8601", ErrorNextTo(cut, "at"), StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-test='ring-result']"));

        Type(cut, "at", "2026-03-09T10:00");
        Click(cut, "try");
        cut.WaitForAssertion(() => Assert.Contains("mgarcia", cut.Find("[data-test='ring-summary']").TextContent, StringComparison.Ordinal));
        Assert.Null(ErrorNextTo(cut, "at"));
        Assert.DoesNotContain(cut.FindAll("[data-test='rings']"), r => r.GetAttribute("data-name") == "John mobile");
    }
}
