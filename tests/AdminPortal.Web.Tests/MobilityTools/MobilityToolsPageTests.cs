using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.MobilityTools;
using AdminPortal.Web.Tests.Support;
using Bunit;

namespace AdminPortal.Web.Tests.MobilityTools;

public sealed class MobilityToolsPageTests : PortalComponentTest
{
    [Fact]
    public async Task DesignReview_DemoPlusTwoProblems_ListsAndFiltersFindings()
    {
        // Emma's number in national format (W5), written straight to the database as data that predates the review.
        await using (var db = Database.CreateDbContext())
        {
            var emma = db.RemoteDestinations.Single(r => r.DestinationNumber == "+447700900123");
            emma.DestinationNumber = "07700900123";
            await db.SaveChangesAsync();
        }

        var cut = RenderPage<DesignReviewPage>("/ccmadmin/design-review");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-test='row-rule']")));
        var rules = cut.FindAll("[data-test='row-rule']").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains("W5", rules);
        Assert.Contains("W7", rules);
        Assert.Contains("0 errors", cut.Find("[data-test='count-Error']").TextContent, StringComparison.Ordinal);

        await ChooseValue(cut, "filter-rule", "W5");
        cut.WaitForAssertion(() => Assert.All(cut.FindAll("[data-test='row-rule']"), r => Assert.Equal("W5", r.TextContent.Trim())));
        Assert.Single(cut.FindAll("[data-test='row-rule']"));
        Assert.Contains("Emma mobile", cut.Find("[data-test='row-message']").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/ccmadmin/remote-destinations/{await IdOfAsync<RemoteDestination>(r => r.Name == "Emma mobile")}", cut.Find("[data-test='object-link']").GetAttribute("href"));
        Assert.Equal("/ccmadmin/design-review.csv?rule=W5", cut.Find("[data-test='export-csv']").GetAttribute("href"));

        await ChooseValue(cut, "filter-rule", "");
        await ChooseValue(cut, "filter-severity", "Error");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-test='no-findings']")));

        await ChooseValue(cut, "filter-severity", "");
        await ChooseValue(cut, "filter-type", "Mobility Profile");
        cut.WaitForAssertion(() => Assert.All(cut.FindAll("[data-test='row-rule']"), r => Assert.Equal("W8", r.TextContent.Trim())));
    }

    [Fact]
    public void Capacity_DemoData_ShowsTheFiguresAgainstTheGuidesLimits()
    {
        var cut = RenderPage<CapacityPage>("/ccmadmin/capacity");

        // Demo: 4 remote destinations + 1 mobility identity; 5 phones + 3 profiles; 1 dual-mode iPhone.
        cut.WaitForAssertion(() => Assert.Equal("5 / 40,000", cut.Find("[data-test='gauge-destinations'] [data-test='used']").TextContent.Trim()));
        Assert.Equal("8 / 40,000", cut.Find("[data-test='gauge-devices'] [data-test='used']").TextContent.Trim());
        Assert.Equal("1 / 10,000", cut.Find("[data-test='gauge-dual-mode'] [data-test='used']").TextContent.Trim());
        Assert.Contains("0.01%", cut.Find("[data-test='gauge-destinations'] [data-test='share']").TextContent, StringComparison.Ordinal);
        // jsmith, ewilson and bchen have one destination each, mgarcia two.
        Assert.Equal("3", cut.Find("[data-test='distribution-1'] td:nth-child(2)").TextContent.Trim());
        Assert.Equal("1", cut.Find("[data-test='distribution-2'] td:nth-child(2)").TextContent.Trim());
    }

    [Fact]
    public void Capacity_Planners_ComputeCellsAndDs0s()
    {
        var cut = RenderPage<CapacityPage>("/ccmadmin/capacity");
        cut.WaitForAssertion(() => cut.Find("[data-test='wlan-planner']"));

        Enter(cut, "voice", "28");
        cut.WaitForAssertion(() => Assert.Equal("2 channel cells needed", cut.Find("[data-test='cells']").TextContent.Trim()));
        Enter(cut, "video", "8");
        cut.WaitForAssertion(() => Assert.Equal("3 channel cells needed", cut.Find("[data-test='cells']").TextContent.Trim()));

        // The demo averages 5 SNR destinations over 4 mobility users: 2 per user, rounded up; plus the caller's own DS0.
        Assert.Equal("2", cut.Find("input[data-field='per-user']").GetAttribute("value"));
        Enter(cut, "calls", "10");
        cut.WaitForAssertion(() => Assert.Equal("30 DS0s at the peak", cut.Find("[data-test='peak-ds0s']").TextContent.Trim()));
        Assert.Contains("3 per call while ringing, 2 once answered", cut.Find("[data-test='per-call']").TextContent, StringComparison.Ordinal);

        Enter(cut, "per-user", "11");
        cut.WaitForAssertion(() => Assert.Contains("0-10", cut.Find("[data-test='ds0-problems']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Capacity_PlannerNumberThatDoesNotParse_IsSaidNextToItsFieldAndNoFigureIsShown()
    {
        var cut = RenderPage<CapacityPage>("/ccmadmin/capacity");
        cut.WaitForAssertion(() => cut.Find("[data-test='wlan-planner']"));

        Enter(cut, "voice", "12abc");

        cut.WaitForAssertion(() => Assert.Contains("not a whole number", ErrorNextTo(cut, "voice"), StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-test='cells']"));
        Assert.NotNull(cut.Find("[data-test='wlan-unparsed']"));

        Enter(cut, "voice", "27");
        cut.WaitForAssertion(() => Assert.Equal("1 channel cell needed", cut.Find("[data-test='cells']").TextContent.Trim()));
        Assert.Null(ErrorNextTo(cut, "voice"));
    }

    // The planners recompute as the person types (oninput), not on change.
    private static void Enter(IRenderedComponent<PageHost> cut, string field, string value) =>
        cut.Find($"input[data-field='{field}']").Input(value);
}
