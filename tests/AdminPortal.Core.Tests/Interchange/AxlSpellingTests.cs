using AdminPortal.Core.Cluster;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Tests.Interchange;

public sealed class AxlSpellingTests
{
    // Copied from AXL's AXLEnums.xsd (schema 14.0): XVMAvoidancePolicy, XCallerFilterMask, XDialViaOffice, XStatus, XDNDOption.
    [Fact]
    public void All_MatchesAxlEnumerations()
    {
        Assert.Equal(["Use System Default", "Timer Control", "User Control"], AxlSpelling.All<VoicemailPolicy>());
        Assert.Equal(["Directory Number", "Not Available", "Private"], AxlSpelling.All<AccessListFilterType>());
        Assert.Equal(["Dial via Office Reverse", "Dial via Office Forward"], AxlSpelling.All<MobileClientCallingOption>());
        Assert.Equal(["Default", "On", "Off"], AxlSpelling.All<DeviceMobilityMode>());
        Assert.Equal(["Ringer Off", "Call Reject"], AxlSpelling.All<DoNotDisturbOption>());
        Assert.Contains("Cisco Dual Mode for iPhone", AxlSpelling.All<DeviceType>());
    }

    [Fact]
    public void TryParse_EverySpellingInAnyCase_GivesItsValueBack()
    {
        foreach (var policy in Enum.GetValues<VoicemailPolicy>())
        {
            Assert.True(AxlSpelling.TryParse<VoicemailPolicy>(AxlSpelling.Of(policy).ToUpperInvariant(), out var parsed));
            Assert.Equal(policy, parsed);
        }

        Assert.True(AxlSpelling.TryParse<CallerIdMatching>(" partial match ", out var matching));
        Assert.Equal(CallerIdMatching.PartialMatch, matching);
    }

    [Theory]
    [InlineData("TimerControl")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_CSharpNamesNumbersOrNothing_AreNotSpellings(string? text) =>
        Assert.False(AxlSpelling.TryParse<VoicemailPolicy>(text, out _));
}
