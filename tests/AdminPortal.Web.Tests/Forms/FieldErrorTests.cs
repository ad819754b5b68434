using AdminPortal.Core.UnifiedMobility;
using AdminPortal.Web.Components.Pages.Admin.Catalogs;
using AdminPortal.Web.Components.Pages.Admin.DeviceMobility;
using AdminPortal.Web.Components.Pages.Admin.UnifiedMobility;
using AdminPortal.Web.Components.Pages.SelfCare;
using AdminPortal.Web.Tests.Support;
using Bunit;

namespace AdminPortal.Web.Tests.Forms;

/// <summary>
/// Every form marks the field a refusal is about, next to the field, after the field is left (MudBlazor's own
/// validation on blur must not wipe the validator's message) and again after a refused save; the summary stays.
/// </summary>
public sealed class FieldErrorTests : PortalComponentTest
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // form, field, typed text, expected message (part)
        { "Site", "Name", "", "Name is required." },
        { "Site", "Name", "bad/name", "may contain only letters" },
        { "Site", "PstnAccessCode", "9x", "0-9, * and #" },
        { "Region", "Name", "", "Name is required." },
        { "Region", "Description", new string('d', 256), "at most 255 characters" },
        { "DevicePool", "Name", "", "Device Pool Name is required." },
        { "DevicePool", "ConnectionMonitorDuration", "-5", "Connection Monitor Duration is -1" },
        { "DevicePool", "ConnectionMonitorDuration", "99999999999", "too large a number" },
        { "DeviceMobilityInfo", "Subnet", "", "Subnet is required." },
        { "DeviceMobilityInfo", "Subnet", "10.1.2", "R10" },
        { "DeviceMobilityInfo", "SubnetMaskSize", "40", "Subnet Mask Size" },
        { "DeviceMobilityInfo", "SubnetMaskSize", "abc", "not a whole number" },
        { "EndUser", "UserId", "", "User ID is required." },
        { "EndUser", "LastName", "", "Last Name is required." },
        { "EndUser", "FirstName", new string('f', 65), "at most 64 characters" },
        { "EndUser", "MaxDeskPickupWaitTime", "40000", "R7" },
        { "EndUser", "MaxDeskPickupWaitTime", "2147483648", "too large a number" },
        { "EndUser", "RemoteDestinationLimit", "11", "R7" },
        { "EndUser", "RemoteDestinationLimit", "4.5", "not a whole number" },
        { "DirectoryNumber", "Pattern", "", "Directory Number is required." },
        { "DirectoryNumber", "Pattern", "12a", "1-24 digits" },
        { "Phone", "Name", "", "Device Name is required." },
        { "Phone", "Name", "SEP 00", "Device Name is 1-50" },
        { "RemoteDestinationProfile", "Name", "", "Name is required." },
        { "RemoteDestination", "Name", "", "Name is required." },
        { "RemoteDestination", "DestinationNumber", "", "Destination Number is required." },
        { "RemoteDestination", "DestinationNumber", "+1 408", "may contain only 0-9" },
        { "RemoteDestination", "DelayBeforeRingingTimer", "12abc", "not a whole number" },
        { "RemoteDestination", "DelayBeforeRingingTimer", "2147483648", "too large a number" },
        { "RemoteDestination", "AnswerTooSoonTimer", "-1", "R8" },
        { "RemoteDestination", "AnswerTooLateTimer", "300001", "R8" },
        { "AccessList", "Name", "", "Name is required." },
        { "MobilityProfile", "Name", "", "Name is required." },
        { "MobilityProfile", "DialViaOfficeReverseCallbackCallerId", "abc", "1-24 digits" },
        { "MobilitySettings", "PartialMatchDigits", "0", "1-24" },
        { "MobilitySettings", "ForwardNoAnswerTimerSeconds", "x", "not a whole number" },
        { "MobilitySettings", "HoldCode", "", "Hold is required." },
        { "MobilitySettings", "ResumeCode", "*81", "R11" },
        { "SelfCareDestination", "Name", "", "Name is required." },
        { "SelfCareDestination", "DestinationNumber", "", "Destination Number is required." },
        { "SelfCareDestination", "DestinationNumber", "+19195558001", "cannot be used as a remote destination" },
        { "SelfCareDestination", "DestinationNumber", "+14085551234", "cannot be used as a remote destination" },
        { "SelfCareAccessList", "Name", "", "Name is required." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Refusal_OnLeavingTheFieldAndOnSave_IsShownNextToTheField(string form, string field, string text, string expected)
    {
        var cut = await OpenAsync(form);
        var input = cut.Find($"input[data-field='{field}']");

        // A different value first, so that an empty text is a change too.
        input.Change(text.Length == 0 ? "x" : "");
        cut.Find($"input[data-field='{field}']").Change(text);
        cut.Find($"input[data-field='{field}']").Blur();

        cut.WaitForAssertion(() => Assert.Contains(expected, ErrorNextTo(cut, field) ?? "(no message next to the field)", StringComparison.Ordinal));
        Click(cut, "save");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-test='error-summary']")));
        Assert.Contains(expected, ErrorNextTo(cut, field) ?? "(no message next to the field after the save)", StringComparison.Ordinal);
        Assert.Contains(expected, cut.Find("[data-test='error-summary']").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Save_NewObjectWithNothingTyped_MarksEveryRequiredTextField(string form)
    {
        var cut = await OpenAsync(form);

        Click(cut, "save");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-test='error-summary']")));
        var required = cut.FindAll("input[aria-required='true']").Select(i => i.GetAttribute("data-field")!).ToList();
        Assert.NotEmpty(required);
        foreach (var field in required.Where(f => cut.Find($"input[data-field='{f}']").GetAttribute("value") is null or ""))
        {
            Assert.NotNull(ErrorNextTo(cut, field));
        }
    }

    public static TheoryData<string> Forms => new(["Site", "Region", "DevicePool", "DeviceMobilityInfo", "EndUser", "DirectoryNumber", "Phone",
        "RemoteDestinationProfile", "RemoteDestination", "AccessList", "MobilityProfile", "SelfCareDestination", "SelfCareAccessList"]);

    private async Task<IRenderedComponent<PageHost>> OpenAsync(string form)
    {
        SelfCareUser.EndUserId = await IdOfAsync<EndUser>(u => u.UserId == "jsmith");
        var cut = form switch
        {
            "Site" => RenderPage<SiteEdit>("/ccmadmin/sites/new"),
            "Region" => RenderPage<CatalogEdit>("/ccmadmin/regions/new", p => p.Add(x => x.Slug, "regions")),
            "DevicePool" => RenderPage<DevicePoolEdit>("/ccmadmin/device-pools/new"),
            "DeviceMobilityInfo" => RenderPage<DeviceMobilityInfoEdit>("/ccmadmin/device-mobility-info/new"),
            "EndUser" => RenderPage<EndUserEdit>("/ccmadmin/end-users/new"),
            "DirectoryNumber" => RenderPage<DirectoryNumberEdit>("/ccmadmin/directory-numbers/new"),
            "Phone" => RenderPage<PhoneEdit>("/ccmadmin/phones/new"),
            "RemoteDestinationProfile" => RenderPage<RemoteDestinationProfileEdit>("/ccmadmin/remote-destination-profiles/new"),
            "RemoteDestination" => RenderPage<RemoteDestinationEdit>("/ccmadmin/remote-destinations/new"),
            "AccessList" => RenderPage<AccessListEdit>("/ccmadmin/access-lists/new"),
            "MobilityProfile" => RenderPage<MobilityProfileEdit>("/ccmadmin/mobility-profiles/new"),
            "MobilitySettings" => RenderPage<ClusterMobilitySettingsPage>("/ccmadmin/mobility-settings"),
            "SelfCareDestination" => RenderPage<SelfCareDestinationEdit>("/ucmuser/destinations/new"),
            "SelfCareAccessList" => RenderPage<SelfCareAccessListEdit>("/ucmuser/access-lists/new"),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
        };
        cut.WaitForElement("[data-test='save']");
        return cut;
    }
}
