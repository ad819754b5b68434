using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin.UnifiedMobility;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Forms;

/// <summary>A number field whose text does not parse blocks the save with its message; it is never stored as 0.</summary>
public sealed class UnparsedNumberTests : PortalComponentTest
{
    [Theory]
    [InlineData("2147483648")]
    [InlineData("12abc")]
    [InlineData("")]
    public async Task Save_EndUserWithUnparsedWaitTime_IsRefusedAndKeepsTheStoredValue(string typed)
    {
        var cut = await OpenEditAsync<EndUserEdit, EndUser>("/ccmadmin/end-users", x => x.Id, u => u.UserId == "jsmith", "UserId", "jsmith");

        Type(cut, "MaxDeskPickupWaitTime", typed);
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Not saved", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        Assert.NotNull(ErrorNextTo(cut, "MaxDeskPickupWaitTime"));
        Assert.Equal(typed, cut.Find("input[data-field='MaxDeskPickupWaitTime']").GetAttribute("value") ?? "");
        await using var db = Database.CreateDbContext();
        Assert.Equal(EndUser.DefaultMaxDeskPickupWaitTime, (await db.EndUsers.SingleAsync(u => u.UserId == "jsmith")).MaxDeskPickupWaitTime);
    }

    [Fact]
    public async Task Save_DestinationWithUnparsedDelay_IsRefusedAndKeepsTheStoredTimer()
    {
        var cut = await OpenEditAsync<RemoteDestinationEdit, RemoteDestination>(
            "/ccmadmin/remote-destinations", x => x.Id, r => r.DestinationNumber == "+14085557890", "DestinationNumber", "+14085557890");

        Type(cut, "DelayBeforeRingingTimer", "2147483648");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Not saved", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        Assert.Contains("too large a number", ErrorNextTo(cut, "DelayBeforeRingingTimer"), StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(RemoteDestination.DefaultDelayBeforeRingingTimer, (await db.RemoteDestinations.SingleAsync(r => r.DestinationNumber == "+14085557890")).DelayBeforeRingingTimer);
    }

    [Fact]
    public async Task Save_PoolWithUnparsedMonitorDuration_IsRefusedAndKeepsTheSystemDefault()
    {
        var cut = await OpenEditAsync<DevicePoolEdit, DevicePool>("/ccmadmin/device-pools", x => x.Id, p => p.Name == "RTP_DP", "Name", "RTP_DP");

        Type(cut, "ConnectionMonitorDuration", "99999999999");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Not saved", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.Equal(-1, (await db.DevicePools.SingleAsync(p => p.Name == "RTP_DP")).ConnectionMonitorDuration);
    }

    [Fact]
    public async Task Save_AfterCorrectingTheNumber_Saves()
    {
        var cut = await OpenEditAsync<EndUserEdit, EndUser>("/ccmadmin/end-users", x => x.Id, u => u.UserId == "jsmith", "UserId", "jsmith");
        Type(cut, "MaxDeskPickupWaitTime", "12abc");

        Type(cut, "MaxDeskPickupWaitTime", "12000");
        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.Contains("Update successful", cut.Find("[data-test='status']").TextContent, StringComparison.Ordinal));
        await using var db = Database.CreateDbContext();
        Assert.Equal(12000, (await db.EndUsers.SingleAsync(u => u.UserId == "jsmith")).MaxDeskPickupWaitTime);
    }
}
