using AdminPortal.Core.Cluster;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// W8: User Control voicemail avoidance needs out-of-band DTMF relay; Dial via Office Reverse users benefit from
/// User Control (SRND L1040, L2205).
/// </summary>
public abstract class W8_UserControlNeedsDtmf<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W8_UserControlNeedsDtmf() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveDestination_UserControlVoicemailPolicy_IsSavedAndAdvisesW8()
    {
        var user = await _rules.UserAsync("jsmith");
        var destination = Destination(user, "+14085557890");
        destination.SingleNumberReachVoicemailPolicy = VoicemailPolicy.UserControl;

        var result = await _rules.Store.SaveAsync(destination);

        Assert.True(result.Succeeded, Describe(result));
        var advice = AssertFinding(result.Findings, "W8", Ref<RemoteDestination>(result.Id));
        Assert.Equal(FindingSeverity.Info, advice.Severity);
        Assert.Contains("DTMF", advice.Message, StringComparison.Ordinal);
        AssertFinding(await _rules.ReviewAsync(), "W8", Ref<RemoteDestination>(result.Id));
    }

    [Fact]
    public async Task SaveDestination_BackToTimerControl_IsSilent()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "+14085557890", r => r.SingleNumberReachVoicemailPolicy = VoicemailPolicy.UserControl);

        var result = await _rules.ChangeDestinationAsync(id, r => r.SingleNumberReachVoicemailPolicy = VoicemailPolicy.TimerControl);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W8");
        AssertNoFinding(await _rules.ReviewAsync(), "W8");
    }

    [Fact]
    public async Task RunAsync_SystemDefaultPolicyWhenTheClusterUsesUserControl_AdvisesW8()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "+14085557890");
        AssertNoFinding(await _rules.ReviewAsync(), "W8");

        Saved(await _rules.ChangeSettingsAsync(s => s.VoicemailSelectionPolicy = ClusterVoicemailSelectionPolicy.UserControl));

        AssertFinding(await _rules.ReviewAsync(), "W8", Ref<RemoteDestination>(id));
    }

    [Fact]
    public async Task SaveMobilityIdentity_DialViaOfficeReverseWithTimerControl_IsSavedAndAdvisesW8WithItsProfile()
    {
        var (user, iphone, profile) = await DualModeUserAsync(MobileClientCallingOption.DialViaOfficeReverse);

        var result = await _rules.Store.SaveAsync(MobilityIdentity(user, iphone, "+14085559012", profile));

        Assert.True(result.Succeeded, Describe(result));
        var advice = AssertFinding(result.Findings, "W8", Ref<RemoteDestination>(result.Id), Ref<MobilityProfile>(profile));
        Assert.Contains("User Control", advice.Message, StringComparison.Ordinal);
        AssertFinding(await _rules.ReviewAsync(), "W8", Ref<RemoteDestination>(result.Id), Ref<MobilityProfile>(profile));
    }

    [Fact]
    public async Task SaveMobilityIdentity_DialViaOfficeReverseWithUserControl_IsSilent()
    {
        var (user, iphone, profile) = await DualModeUserAsync(MobileClientCallingOption.DialViaOfficeReverse);
        var id = await _rules.SavedAsync(MobilityIdentity(user, iphone, "+14085559012", profile));

        var result = await _rules.ChangeDestinationAsync(id, r => r.DialViaOfficeReverseVoicemailPolicy = VoicemailPolicy.UserControl);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W8");
        AssertNoFinding(await _rules.ReviewAsync(), "W8");
    }

    [Fact]
    public async Task SaveMobilityIdentity_DialViaOfficeForward_IsSilent()
    {
        var (user, iphone, profile) = await DualModeUserAsync(MobileClientCallingOption.DialViaOfficeForward);

        var result = await _rules.Store.SaveAsync(MobilityIdentity(user, iphone, "+14085559012", profile));

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W8");
        AssertNoFinding(await _rules.ReviewAsync(), "W8");
    }

    private async Task<(MobilityUser User, int Iphone, int Profile)> DualModeUserAsync(MobileClientCallingOption option)
    {
        var user = await _rules.UserAsync("bchen");
        var iphone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, user.Id);
        var profile = await _rules.SavedAsync(new MobilityProfile { Name = "DVO_Profile", MobileClientCallingOption = option });
        return (user, iphone, profile);
    }
}

public sealed class W8_UserControlNeedsDtmf_OnSqlite : W8_UserControlNeedsDtmf<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W8_UserControlNeedsDtmf_OnPostgres : W8_UserControlNeedsDtmf<PostgresTestDatabase>;
