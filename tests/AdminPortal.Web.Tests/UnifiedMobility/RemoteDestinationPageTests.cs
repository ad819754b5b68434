using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.UnifiedMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.UnifiedMobility;

public sealed class RemoteDestinationPageTests : PortalComponentTest
{
    private Task<IRenderedComponent<PageHost>> OpenAsync(string number) =>
        OpenEditAsync<RemoteDestinationEdit, RemoteDestination>("/ccmadmin/remote-destinations", x => x.Id, r => r.DestinationNumber == number, "DestinationNumber", number);

    private async Task<RemoteDestination> StoredAsync(string number)
    {
        await using var db = Database.CreateDbContext();
        return await db.RemoteDestinations.Include(r => r.RingSchedule!).ThenInclude(s => s.Entries).SingleAsync(r => r.DestinationNumber == number);
    }

    [Fact]
    public async Task Render_ShowsBothTimerWordings()
    {
        var cut = await OpenAsync("+14085557890");

        var timers = cut.Find("[data-test='timers']").TextContent;
        Assert.Contains("Wait before ringing this phone", timers, StringComparison.Ordinal);
        Assert.Contains("Delay Before Ringing Timer", timers, StringComparison.Ordinal);
        Assert.Contains("Answer Too Soon Timer", timers, StringComparison.Ordinal);
        Assert.Contains("Stop ringing this phone after", timers, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("300001")]
    public async Task Save_TimerOutOfRange_ShowsMessageAndSavesNothing(string value)
    {
        var cut = await OpenAsync("+447700900123");

        Type(cut, "DelayBeforeRingingTimer", value);
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("0-300000 ms", ErrorNextTo(cut, "DelayBeforeRingingTimer")));
        Assert.Equal(4000, (await StoredAsync("+447700900123")).DelayBeforeRingingTimer);
    }

    [Fact]
    public async Task Save_BadNumber_ShowsMessage()
    {
        var cut = await OpenAsync("+447700900123");

        Type(cut, "DestinationNumber", "4477+00900123");

        cut.WaitForAssertion(() => Assert.Contains("+ only as the first character", ErrorNextTo(cut, "DestinationNumber")));
    }

    [Fact]
    public async Task ScheduleEditor_AddsAndRemovesEntries_AndSaves()
    {
        var cut = await OpenAsync("+14085557890");

        PickOption(cut, "Schedule.Saturday.Kind", "allday");
        PickOption(cut, "Schedule.Monday.Kind", "none");
        PickOption(cut, "Schedule.Tuesday.Start", "540");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        var entries = (await StoredAsync("+14085557890")).RingSchedule!.Entries;
        Assert.DoesNotContain(entries, e => e.Day == DayOfWeek.Monday);
        Assert.Contains(entries, e => e is { Day: DayOfWeek.Saturday, Kind: RingScheduleEntryKind.AllDay });
        Assert.Equal(9 * 60, entries.Single(e => e.Day == DayOfWeek.Tuesday).StartMinute);
        Assert.Equal(5, entries.Count);
    }

    [Fact]
    public async Task ScheduleEditor_NativeTimeSelects_ShowAndSaveTheChosenTimes()
    {
        var cut = await OpenAsync("+14085557890");
        Assert.Equal("08:00", ChosenOption(cut, "Schedule.Thursday.Start"));

        PickOption(cut, "Schedule.Thursday.Start", "585");
        PickOption(cut, "Schedule.Thursday.End", "1200");
        PickOption(cut, "Schedule.Sunday.Kind", "fromto");

        // The page shows what was chosen, a new From - To day starts at 08:00-17:00, and every select is labelled.
        cut.WaitForAssertion(() => Assert.Equal("09:45", ChosenOption(cut, "Schedule.Thursday.Start")));
        Assert.Equal("20:00", ChosenOption(cut, "Schedule.Thursday.End"));
        Assert.Equal("From - To", ChosenOption(cut, "Schedule.Sunday.Kind"));
        Assert.Equal(("08:00", "17:00"), (ChosenOption(cut, "Schedule.Sunday.Start"), ChosenOption(cut, "Schedule.Sunday.End")));
        Assert.All(cut.FindAll("[data-test='schedule-days'] select"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("aria-label"))));
        var schedule = cut.FindComponent<AdminPortal.Web.Components.Shared.RingScheduleEditor>();
        Assert.Empty(schedule.FindComponents<MudBlazor.MudSelect<int>>());
        Assert.Empty(schedule.FindComponents<MudBlazor.MudSelect<string>>());
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        var entries = (await StoredAsync("+14085557890")).RingSchedule!.Entries;
        Assert.Equal((9 * 60 + 45, 20 * 60), entries.Where(e => e.Day == DayOfWeek.Thursday).Select(e => (e.StartMinute, e.EndMinute)).Single());
        Assert.Equal((8 * 60, 17 * 60), entries.Where(e => e.Day == DayOfWeek.Sunday).Select(e => (e.StartMinute, e.EndMinute)).Single());
    }

    [Fact]
    public async Task ScheduleEditor_EndBeforeStart_IsRefused()
    {
        var cut = await OpenAsync("+14085557890");

        PickOption(cut, "Schedule.Wednesday.Start", "1140");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("must start before it ends", cut.Find("[data-test='schedule-error']").TextContent, StringComparison.Ordinal));
        Assert.Equal(8 * 60, (await StoredAsync("+14085557890")).RingSchedule!.Entries.Single(e => e.Day == DayOfWeek.Wednesday).StartMinute);
    }

    [Fact]
    public async Task AccessListChoice_SwitchToAlwaysRing_DropsTheList()
    {
        var cut = await OpenAsync("+14085557890");

        await ChooseRadio(cut, CallerFilterMode.AlwaysRing);
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        var stored = await StoredAsync("+14085557890");
        Assert.Equal(CallerFilterMode.AlwaysRing, stored.CallerFilter);
        Assert.Null(stored.AccessListId);
    }

    [Fact]
    public async Task AccessListChoice_SwitchToAllowedWithoutPicking_AsksForTheAllowedList()
    {
        var cut = await OpenAsync("+14085557890");

        await ChooseRadio(cut, CallerFilterMode.RingOnlyIfCallerInAllowedList);
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Equal("Choose the allowed list.", cut.Find("[data-test='access-list-error']").TextContent));
        Assert.Equal(CallerFilterMode.DoNotRingIfCallerInBlockedList, (await StoredAsync("+14085557890")).CallerFilter);
    }

    [Fact]
    public async Task AccessListChoice_SwitchBetweenLists_SavesTheChosenOne()
    {
        var family = await IdOfAsync<AccessList>(a => a.Name == "mgarcia_family");
        var cut = await OpenAsync("+19195558001");

        await ChooseRadio(cut, CallerFilterMode.RingOnlyIfCallerInAllowedList);
        await ChooseValue(cut, "AllowedList", family);
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        var stored = await StoredAsync("+19195558001");
        Assert.Equal(family, stored.AccessListId);
        Assert.Equal(CallerFilterMode.RingOnlyIfCallerInAllowedList, stored.CallerFilter);
    }

    [Fact]
    public async Task AddNewFromProfile_PrefillsOwnerAndLines_AndSaves()
    {
        var profile = await IdOfAsync<RemoteDestinationProfile>(p => p.Name == "EWILSON_RDP");
        var cut = RenderPage<RemoteDestinationEdit>($"/ccmadmin/remote-destinations/new?profileId={profile}");
        cut.WaitForAssertion(() => Assert.Contains("+442077770101", cut.Find("[data-test='lines']").TextContent, StringComparison.Ordinal));

        Type(cut, "Name", "Emma home");
        Type(cut, "DestinationNumber", "+442079460000");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("?status=added", CurrentUrl, StringComparison.Ordinal));
        var stored = await StoredAsync("+442079460000");
        Assert.Equal(profile, stored.RemoteDestinationProfileId);
        Assert.True(stored.EnableSingleNumberReach);
        Assert.Equal((1500, 19000, 4000), (stored.AnswerTooSoonTimer, stored.AnswerTooLateTimer, stored.DelayBeforeRingingTimer));
    }
}
