using AdminPortal.Core.Cluster;
using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.UnifiedMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.UnifiedMobility;

public sealed class ListsProfilesAndSettingsPageTests : PortalComponentTest
{
    private Task<IRenderedComponent<PageHost>> OpenListAsync(string name) =>
        OpenEditAsync<AccessListEdit, AccessList>("/ccmadmin/access-lists", x => x.Id, a => a.Name == name, "Name", name);

    [Fact]
    public async Task AccessList_BadMask_ShowsMessageAndSavesNothing()
    {
        var cut = await OpenListAsync("jsmith_blocked");

        cut.Find("input[data-field='NewMemberMask']").Change("40855X5XXXX+");
        Click(cut, "add-member");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("is not a number mask", cut.Find("[data-test='members-error']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.Equal(2, await db.AccessListMembers.CountAsync(m => m.AccessList!.Name == "jsmith_blocked"));
    }

    [Fact]
    public async Task AccessList_AddNotAvailableMember_Persists()
    {
        var cut = await OpenListAsync("jsmith_blocked");

        await ChooseValue(cut, "NewMemberType", AccessListFilterType.NotAvailable);
        Click(cut, "add-member");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.True(await db.AccessListMembers.AnyAsync(m => m.AccessList!.Name == "jsmith_blocked" && m.FilterType == AccessListFilterType.NotAvailable));
    }

    [Fact]
    public async Task AccessList_SameMemberTwice_IsRefused()
    {
        var cut = await OpenListAsync("jsmith_blocked");

        await ChooseValue(cut, "NewMemberType", AccessListFilterType.Private);
        Click(cut, "add-member");

        cut.WaitForAssertion(() => Assert.Contains("only once", cut.Find("[data-test='members-error']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccessList_DeleteWhileUsedByADestination_ShowsDependencyRecords()
    {
        var cut = await OpenListAsync("mgarcia_family");

        Click(cut, "delete");
        Confirm(cut);

        cut.WaitForAssertion(() => Assert.Contains("Remote Destination Maria home", cut.Find("[data-test='dependency-records']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MobilityProfile_AddNew_ValidatesThenSaves()
    {
        var cut = RenderPage<MobilityProfileEdit>("/ccmadmin/mobility-profiles/new");

        Type(cut, "Name", "EU_DVOR_Profile");
        Type(cut, "DialViaOfficeReverseCallbackCallerId", "EFA-number");
        cut.WaitForAssertion(() => Assert.NotNull(ErrorNextTo(cut, "DialViaOfficeReverseCallbackCallerId")));
        Type(cut, "DialViaOfficeReverseCallbackCallerId", "+442077770000");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("?status=added", CurrentUrl, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.Equal(MobileClientCallingOption.DialViaOfficeReverse, (await db.MobilityProfiles.SingleAsync(p => p.Name == "EU_DVOR_Profile")).MobileClientCallingOption);
    }

    [Fact]
    public async Task ClusterSettings_RepeatedFeatureCode_IsR11AndNotSaved()
    {
        var cut = RenderPage<ClusterMobilitySettingsPage>("/ccmadmin/mobility-settings");
        cut.WaitForAssertion(() => Assert.Equal("*85", cut.Find("input[data-field='ConferenceCode']").GetAttribute("value")));

        Type(cut, "ConferenceCode", "*81");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("R11", cut.Find("[data-test='error-summary']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.Equal("*85", (await db.ClusterMobilitySettings.SingleAsync()).ConferenceCode);
    }

    [Fact]
    public async Task ClusterSettings_ResetFieldToDefault_AndSave_RestoresUnifiedCmDefault()
    {
        var cut = RenderPage<ClusterMobilitySettingsPage>("/ccmadmin/mobility-settings");
        cut.WaitForAssertion(() => Assert.Equal("9911,911", cut.Find("input[data-field='SystemRemoteAccessBlockedNumbers']").GetAttribute("value")));
        Type(cut, "PartialMatchDigits", "7");

        cut.Find("input[data-field='PartialMatchDigits']").Closest(".default-field")!.QuerySelector("button[aria-label='Reset to default']")!.Click();
        cut.Find("input[data-field='SystemRemoteAccessBlockedNumbers']").Closest(".default-field")!.QuerySelector("button[aria-label='Reset to default']")!.Click();
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        var settings = await db.ClusterMobilitySettings.SingleAsync();
        Assert.Equal(10, settings.PartialMatchDigits);
        Assert.Equal("", settings.SystemRemoteAccessBlockedNumbers);
        Assert.Equal("+14085552345", settings.MobileVoiceAccessNumber);
    }

    [Fact]
    public async Task ClusterSettings_SwitchToPartialMatch_Persists()
    {
        var cut = RenderPage<ClusterMobilitySettingsPage>("/ccmadmin/mobility-settings");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input[data-field='PartialMatchDigits']")));

        await ChooseValue(cut, "MatchingCallerIdWithRemoteDestination", CallerIdMatching.PartialMatch);
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.Equal(CallerIdMatching.PartialMatch, (await db.ClusterMobilitySettings.SingleAsync()).MatchingCallerIdWithRemoteDestination);
    }

    [Theory]
    [InlineData(typeof(EndUserList), "/ccmadmin/end-users", "jsmith")]
    [InlineData(typeof(PhoneList), "/ccmadmin/phones", "TCTBCHEN")]
    [InlineData(typeof(DirectoryNumberList), "/ccmadmin/directory-numbers", "+14085551234")]
    [InlineData(typeof(RemoteDestinationProfileList), "/ccmadmin/remote-destination-profiles", "JSMITH_RDP")]
    [InlineData(typeof(RemoteDestinationList), "/ccmadmin/remote-destinations", "John mobile")]
    [InlineData(typeof(AccessListList), "/ccmadmin/access-lists", "mgarcia_family")]
    [InlineData(typeof(MobilityProfileList), "/ccmadmin/mobility-profiles", "US_DVOR_Profile")]
    public void ListPage_Render_ShowsTheDemoObjects(Type page, string url, string expected)
    {
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(url);

        var cut = Render<PageHost>(host => host.AddChildContent(builder =>
        {
            builder.OpenComponent(0, page);
            builder.CloseComponent();
        }));

        cut.WaitForAssertion(() => Assert.Contains(expected, cut.FindAll("tbody tr.mud-table-row a").Select(a => a.TextContent.Trim())));
    }
}
