using AdminPortal.Core.SelfCare;
using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.SelfCare;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace AdminPortal.Web.Tests.SelfCare;

public sealed class SelfCarePageTests : PortalComponentTest
{
    private async Task<int> SignInAsync(string userId)
    {
        var id = await IdOfAsync<EndUser>(u => u.UserId == userId);
        SelfCareUser.EndUserId = id;
        return id;
    }

    private IRenderedComponent<PageHost> OpenHome()
    {
        var cut = RenderPage<SelfCareHome>("/ucmuser");
        cut.WaitForElement("[data-test='greeting']");
        return cut;
    }

    private IRenderedComponent<PageHost> OpenDestination(int? id)
    {
        var cut = id is int existing
            ? RenderPage<SelfCareDestinationEdit>($"/ucmuser/destinations/{existing}", p => p.Add(x => x.Id, existing))
            : RenderPage<SelfCareDestinationEdit>("/ucmuser/destinations/new");
        cut.WaitForElement("[data-test='destination-form'], [data-test='not-found']");
        return cut;
    }

    private IRenderedComponent<PageHost> OpenAccessList(int? id)
    {
        var cut = id is int existing
            ? RenderPage<SelfCareAccessListEdit>($"/ucmuser/access-lists/{existing}", p => p.Add(x => x.Id, existing))
            : RenderPage<SelfCareAccessListEdit>("/ucmuser/access-lists/new");
        cut.WaitForElement("[data-test='access-list-form'], [data-test='not-found']");
        return cut;
    }

    private async Task<List<RemoteDestination>> DestinationsOfAsync(int owner)
    {
        await using var db = Database.CreateDbContext();
        return await db.RemoteDestinations.AsNoTracking().Include(r => r.RingSchedule!).ThenInclude(s => s.Entries).Where(r => r.OwnerId == owner).ToListAsync();
    }

    private async Task<AccessList?> AccessListAsync(string name)
    {
        await using var db = Database.CreateDbContext();
        return await db.AccessLists.AsNoTracking().Include(a => a.Members).SingleOrDefaultAsync(a => a.Name == name);
    }

    private static Task Toggle(IRenderedComponent<PageHost> cut, string test, bool on)
    {
        var toggle = cut.FindComponents<MudSwitch<bool>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-test", out var t) && Equals(t, test));
        return cut.InvokeAsync(() => toggle.Instance.ValueChanged.InvokeAsync(on));
    }

    private static bool IsDisabled(AngleSharp.Dom.IElement element) =>
        element.HasAttribute("disabled") || element.ClassList.Contains("mud-button-disabled") || element.ClassList.Contains("mud-disabled");

    [Fact]
    public void Layout_HasSignOutFormAndNoDrawer()
    {
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var cut = Render<AdminPortal.Web.Components.Layout.SelfCareLayout>(p => p.Add(x => x.Body, b => b.AddMarkupContent(0, "<p data-test='body'>page</p>")));

        var form = cut.Find("form[data-test='sign-out']");
        Assert.Equal("/account/signout", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/ucmuser", form.QuerySelector("input[name='returnUrl']")?.GetAttribute("value"));
        Assert.Contains("Sign out", form.QuerySelector("button[type='submit']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Self Care", cut.Find(".mud-appbar").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".mud-drawer"));
        Assert.NotNull(cut.Find("[data-test='body']"));
        Assert.NotNull(cut.Find("[data-test='interactive']"));
    }

    [Fact]
    public void Home_NotAnEndUser_SaysSo()
    {
        var cut = RenderPage<SelfCareHome>("/ucmuser");

        cut.WaitForAssertion(() => Assert.Contains("Self Care is for end users with a portal account", cut.Find("[data-test='not-end-user']").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-test='destination']"));
    }

    [Fact]
    public async Task Home_ListsOnlyTheUsersOwnDestinationsAndAccessLists()
    {
        await SignInAsync("jsmith");

        var cut = OpenHome();

        Assert.Contains("John Smith", cut.Find("[data-test='greeting']").TextContent, StringComparison.Ordinal);
        Assert.Equal(["John mobile"], cut.FindAll("[data-test='destination-name']").Select(e => e.TextContent.Trim()));
        Assert.Contains("+14085557890", cut.Find("[data-test='destination']").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-test='mobile-chip']"));
        Assert.Equal(["jsmith_blocked"], cut.FindAll("[data-test='access-list-name']").Select(e => e.TextContent.Trim()));
        Assert.DoesNotContain("Maria", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("mgarcia_family", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("+14085551234", cut.Find("[data-test='phones']").TextContent, StringComparison.Ordinal);
        Assert.False(IsDisabled(cut.Find("[data-test='add-destination']")));
    }

    [Fact]
    public async Task Home_AtTheLimit_DisablesAdd_AndTheServiceRefusesAnotherAdd()
    {
        var jsmith = await SignInAsync("jsmith");
        await using (var db = Database.CreateDbContext())
        {
            await db.EndUsers.Where(u => u.Id == jsmith).ExecuteUpdateAsync(u => u.SetProperty(x => x.RemoteDestinationLimit, 1));
        }

        var cut = OpenHome();

        Assert.True(IsDisabled(cut.Find("[data-test='add-destination']")));
        Assert.Contains("You have reached your limit of 1 remote destinations", cut.Find("[data-test='limit-reached']").TextContent, StringComparison.Ordinal);
        var result = await Services.GetRequiredService<SelfCareService>().AddDestinationAsync(jsmith,
            new RemoteDestination { Name = "John home", DestinationNumber = "+14085550000", RingSchedule = new RingSchedule { AllTheTime = true }, TimeZone = "Etc/GMT" });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.RuleId == "R3");
        Assert.Single(await DestinationsOfAsync(jsmith));
    }

    [Fact]
    public async Task AddDestination_InvalidNumber_ShowsMessageNextToField_AndSavesNothing()
    {
        var jsmith = await SignInAsync("jsmith");
        var cut = OpenDestination(null);

        Type(cut, "Name", "John home");
        Type(cut, "DestinationNumber", "4477+00900123");
        cut.WaitForAssertion(() => Assert.Contains("+ only as the first character", ErrorNextTo(cut, "DestinationNumber")));
        Click(cut, "save");

        cut.WaitForElement("[data-test='error-summary']");
        Assert.DoesNotContain("4477+00900123", (await DestinationsOfAsync(jsmith)).Select(d => d.DestinationNumber));
        Assert.Single(await DestinationsOfAsync(jsmith));
        Assert.EndsWith("/ucmuser/destinations/new", CurrentUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDestination_WithWeekdaySchedule_SavesItForTheUser()
    {
        var jsmith = await SignInAsync("jsmith");
        var cut = OpenDestination(null);

        Type(cut, "Name", "John home");
        Type(cut, "DestinationNumber", "+14085550000");
        await ChooseRadio(cut, false);
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" })
        {
            PickOption(cut, $"Schedule.{day}.Kind", "fromto");
        }

        PickOption(cut, "Schedule.Tuesday.Start", "540");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.EndsWith("/ucmuser", CurrentUrl, StringComparison.Ordinal));
        var added = (await DestinationsOfAsync(jsmith)).Single(d => d.DestinationNumber == "+14085550000");
        Assert.Equal("John home", added.Name);
        Assert.Equal("Etc/GMT", added.TimeZone);
        Assert.NotNull(added.RemoteDestinationProfileId);
        Assert.False(added.RingSchedule!.AllTheTime);
        Assert.Equal(5, added.RingSchedule.Entries.Count);
        Assert.All(added.RingSchedule.Entries, e => Assert.Equal(RingScheduleEntryKind.FromTo, e.Kind));
        Assert.DoesNotContain(added.RingSchedule.Entries, e => e.Day is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal(9 * 60, added.RingSchedule.Entries.Single(e => e.Day == DayOfWeek.Tuesday).StartMinute);
    }

    [Fact]
    public async Task EditDestination_Rename_SavesThroughSelfCare()
    {
        var jsmith = await SignInAsync("jsmith");
        var id = await IdOfAsync<RemoteDestination>(r => r.DestinationNumber == "+14085557890");
        var cut = OpenDestination(id);
        Assert.Equal("John mobile", cut.Find("input[data-field='Name']").GetAttribute("value"));

        Type(cut, "Name", "John cell");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.EndsWith("/ucmuser", CurrentUrl, StringComparison.Ordinal));
        var stored = (await DestinationsOfAsync(jsmith)).Single();
        Assert.Equal("John cell", stored.Name);
        Assert.Equal(CallerFilterMode.DoNotRingIfCallerInBlockedList, stored.CallerFilter);
    }

    [Fact]
    public async Task SingleNumberReachSwitch_ChangesTheDestination()
    {
        var jsmith = await SignInAsync("jsmith");
        var id = await IdOfAsync<RemoteDestination>(r => r.DestinationNumber == "+14085557890");
        Assert.True((await DestinationsOfAsync(jsmith)).Single().EnableSingleNumberReach);
        var cut = OpenHome();

        await Toggle(cut, $"snr-{id}", false);

        cut.WaitForAssertion(() => Assert.False(cut.FindComponents<MudRadioGroup<bool>>()[0].Instance.Value));
        Assert.False((await DestinationsOfAsync(jsmith)).Single().EnableSingleNumberReach);
    }

    [Fact]
    public async Task MasterChoice_RingsAllOrOnlyTheDeskPhone()
    {
        var mgarcia = await SignInAsync("mgarcia");
        var cut = OpenHome();
        Assert.Equal(2, cut.FindAll("[data-test='destination']").Count);

        await ChooseRadio(cut, false);

        cut.WaitForAssertion(() => Assert.Contains("only your desk phone", cut.Find("[data-test='message']").TextContent, StringComparison.Ordinal));
        Assert.All(await DestinationsOfAsync(mgarcia), d => Assert.False(d.EnableSingleNumberReach));

        await ChooseRadio(cut, true);

        cut.WaitForAssertion(() => Assert.Contains("all your phones", cut.Find("[data-test='message']").TextContent, StringComparison.Ordinal));
        var after = await DestinationsOfAsync(mgarcia);
        Assert.Equal(2, after.Count);
        Assert.All(after, d => Assert.True(d.EnableSingleNumberReach));
    }

    [Fact]
    public async Task DeleteDestination_AfterConfirm_DeletesIt()
    {
        var mgarcia = await SignInAsync("mgarcia");
        var id = await IdOfAsync<RemoteDestination>(r => r.DestinationNumber == "+19195553002");
        var cut = OpenHome();

        Click(cut, $"delete-destination-{id}");
        Confirm(cut);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-test='destination']")));
        Assert.DoesNotContain(await DestinationsOfAsync(mgarcia), d => d.Id == id);
    }

    [Fact]
    public async Task MobilityIdentity_HasNoDelete_AndItsNumberIsReadOnly()
    {
        await SignInAsync("bchen");
        var id = await IdOfAsync<RemoteDestination>(r => r.DestinationNumber == "+14085559012");
        var cut = OpenHome();

        Assert.NotNull(cut.Find($"[data-test='edit-destination-{id}']"));
        Assert.Empty(cut.FindAll($"[data-test='delete-destination-{id}']"));

        await DisposeComponentsAsync();
        cut = OpenDestination(id);
        Assert.Empty(cut.FindAll("input[data-field='DestinationNumber']"));
        Assert.Equal("Bo iPhone", cut.Find("input[data-field='Name']").GetAttribute("value"));
    }

    [Fact]
    public async Task AnotherUsersDestination_IsNotFound_AndNoFormIsShown()
    {
        await SignInAsync("jsmith");
        var maria = await IdOfAsync<RemoteDestination>(r => r.DestinationNumber == "+19195558001");

        var cut = OpenDestination(maria);

        Assert.Contains("not found among your destinations", cut.Find("[data-test='not-found']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-test='destination-form']"));
        Assert.Empty(cut.FindAll("input[data-field='DestinationNumber']"));
        Assert.DoesNotContain("+19195558001", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherUsersAccessList_IsNotFound()
    {
        await SignInAsync("jsmith");
        var family = await IdOfAsync<AccessList>(a => a.Name == "mgarcia_family");

        var cut = OpenAccessList(family);

        Assert.NotNull(cut.Find("[data-test='not-found']"));
        Assert.Empty(cut.FindAll("[data-test='access-list-form']"));
    }

    [Fact]
    public async Task AccessList_CreateEditAndDelete()
    {
        var jsmith = await SignInAsync("jsmith");
        var cut = OpenAccessList(null);

        Type(cut, "Name", "jsmith_friends");
        await ChooseRadio(cut, true);
        Type(cut, "NewMemberMask", "+1408555XXXX");
        Click(cut, "add-member");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.EndsWith("/ucmuser", CurrentUrl, StringComparison.Ordinal));
        var created = await AccessListAsync("jsmith_friends");
        Assert.NotNull(created);
        Assert.Equal(jsmith, created.OwnerId);
        Assert.True(created.IsAllowedType);
        Assert.Equal("+1408555XXXX", Assert.Single(created.Members).NumberMask);

        await DisposeComponentsAsync();
        cut = OpenAccessList(created.Id);
        Assert.Equal("jsmith_friends", cut.Find("input[data-field='Name']").GetAttribute("value"));
        Type(cut, "Name", "jsmith_close_friends");
        Click(cut, "remove-member-0");
        await ChooseValue(cut, "NewMemberType", AccessListFilterType.Private);
        Click(cut, "add-member");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.EndsWith("/ucmuser", CurrentUrl, StringComparison.Ordinal));
        var edited = await AccessListAsync("jsmith_close_friends");
        Assert.Equal(created.Id, edited!.Id);
        Assert.Equal(AccessListFilterType.Private, Assert.Single(edited.Members).FilterType);

        await DisposeComponentsAsync();
        cut = OpenAccessList(created.Id);
        Click(cut, "delete");
        Confirm(cut);

        cut.WaitForAssertion(() => Assert.EndsWith("/ucmuser", CurrentUrl, StringComparison.Ordinal));
        Assert.Null(await AccessListAsync("jsmith_close_friends"));
    }

    [Fact]
    public async Task DeleteAccessListInUse_ShowsTheDependency_AndKeepsIt()
    {
        await SignInAsync("jsmith");
        var blocked = await IdOfAsync<AccessList>(a => a.Name == "jsmith_blocked");
        var cut = OpenHome();

        Click(cut, $"delete-access-list-{blocked}");
        Confirm(cut);

        cut.WaitForAssertion(() => Assert.Contains("John mobile", cut.Find("[data-test='dependency-records']").TextContent, StringComparison.Ordinal));
        Assert.NotNull(await AccessListAsync("jsmith_blocked"));
        Assert.Single(cut.FindAll("[data-test='access-list']"));
    }
}
