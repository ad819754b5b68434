using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.MobilityTools;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.MobilityTools;

public sealed class CallerIdMatchPageTests : PortalComponentTest
{
    [Fact]
    public void NumberWithoutPlus_MatchesNobodyUnderCompleteMatch_AndJsmithUnderPartialMatch()
    {
        var cut = RenderPage<CallerIdMatchPage>("/ccmadmin/tools/caller-id");

        Type(cut, "number", "4085557890");
        Click(cut, "preview");

        cut.WaitForAssertion(() => Assert.Equal("None", cut.Find("[data-test='current'] [data-test='match-outcome']").GetAttribute("data-outcome")));
        Assert.Contains("SRND L1251", cut.Find("[data-test='current'] [data-test='match-explanation']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Unique", cut.Find("[data-test='other'] [data-test='match-outcome']").GetAttribute("data-outcome"));
        Assert.Equal("jsmith, enterprise number +14085551234", cut.Find("[data-test='other'] [data-test='matched-user']").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-test='what-if']"));
    }

    [Fact]
    public async Task CollidingLastDigits_AreAmbiguousUnderPartialMatch_AndListed()
    {
        // Maria's number dialed with the access code ends with John's mobile: allowed under the cluster's Complete Match.
        await using (var db = Database.CreateDbContext())
        {
            var maria = await db.EndUsers.SingleAsync(u => u.UserId == "mgarcia");
            var profile = await db.RemoteDestinationProfiles.SingleAsync(p => p.UserId == maria.Id);
            Assert.True((await Store.SaveAsync(new RemoteDestination
            {
                Name = "Maria steered",
                DestinationNumber = "914085557890",
                OwnerId = maria.Id,
                RemoteDestinationProfileId = profile.Id,
                TimeZone = "America/New_York",
                RingSchedule = new RingSchedule { AllTheTime = true },
            })).Succeeded);
        }

        var cut = RenderPage<CallerIdMatchPage>("/ccmadmin/tools/caller-id?number=%2B14085557890");

        cut.WaitForAssertion(() => Assert.Equal("Unique", cut.Find("[data-test='current'] [data-test='match-outcome']").GetAttribute("data-outcome")));
        Assert.Equal("Ambiguous", cut.Find("[data-test='other'] [data-test='match-outcome']").GetAttribute("data-outcome"));
        Assert.Equal(2, cut.FindAll("[data-test='other'] [data-test='candidate']").Count);
        Assert.Empty(cut.FindAll("[data-test='other'] [data-test='matched-user']"));

        // What if Partial Match on 7 digits: still both.
        await ChooseValue<Core.Cluster.CallerIdMatching?>(cut, "matching", Core.Cluster.CallerIdMatching.PartialMatch);
        Type(cut, "digits", "7");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Equal("Ambiguous", cut.Find("[data-test='what-if'] [data-test='match-outcome']").GetAttribute("data-outcome")));
        Assert.Contains("Partial Match on 7 digits", cut.Find("[data-test='what-if']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void BadNumberOrDigits_AreSaidNextToTheirFields()
    {
        var cut = RenderPage<CallerIdMatchPage>("/ccmadmin/tools/caller-id");

        Type(cut, "number", "not a number");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Contains("Enter the calling number", ErrorNextTo(cut, "number"), StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-test='current']"));

        Type(cut, "number", "+14085557890");
        Type(cut, "digits", "seven");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.NotNull(ErrorNextTo(cut, "digits")));
        Assert.Null(ErrorNextTo(cut, "number"));
        Assert.Empty(cut.FindAll("[data-test='current']"));

        Type(cut, "digits", "99");
        Click(cut, "preview");
        cut.WaitForAssertion(() => Assert.Contains("Number of digits for Partial Match", ErrorNextTo(cut, "digits"), StringComparison.Ordinal));
    }
}
