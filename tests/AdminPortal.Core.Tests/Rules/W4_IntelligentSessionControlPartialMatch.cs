using AdminPortal.Core.Cluster;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Tests.Support;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// W4: with Intelligent Session Control (reroute remote destination calls to the enterprise number) and sites
/// that dial a PSTN steering digit, use Partial Match (SRND L1354, L1443).
/// </summary>
public abstract class W4_IntelligentSessionControlPartialMatch<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W4_IntelligentSessionControlPartialMatch() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveSettings_IntelligentSessionControlWithCompleteMatchAndASteeringDigit_IsSavedAndWarnsW4()
    {
        var site = await _rules.SiteAsync("San Jose", physicalLocationId: null, "9");

        var result = await _rules.ChangeSettingsAsync(s => s.RerouteRemoteDestinationCallsToEnterpriseNumber = true);

        Assert.True(result.Succeeded, Describe(result));
        var warning = AssertFinding(result.Findings, "W4", SettingsRef, Ref<Site>(site));
        Assert.Contains("San Jose: 9", warning.Message, StringComparison.Ordinal);
        AssertFinding(await _rules.ReviewAsync(), "W4", SettingsRef, Ref<Site>(site));
        Assert.True((await _rules.SettingsAsync()).RerouteRemoteDestinationCallsToEnterpriseNumber);
    }

    [Fact]
    public async Task SaveSettings_SwitchedToPartialMatch_SilencesW4()
    {
        await _rules.SiteAsync("San Jose", physicalLocationId: null, "9");
        Saved(await _rules.ChangeSettingsAsync(s => s.RerouteRemoteDestinationCallsToEnterpriseNumber = true));

        var result = await _rules.ChangeSettingsAsync(s => s.MatchingCallerIdWithRemoteDestination = CallerIdMatching.PartialMatch);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W4");
        AssertNoFinding(await _rules.ReviewAsync(), "W4");
    }

    [Fact]
    public async Task SaveSettings_IntelligentSessionControlWithoutSteeringDigits_IsSilent()
    {
        await _rules.SiteAsync("San Jose", physicalLocationId: null, pstnAccessCode: null);

        var result = await _rules.ChangeSettingsAsync(s => s.RerouteRemoteDestinationCallsToEnterpriseNumber = true);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W4");
        AssertNoFinding(await _rules.ReviewAsync(), "W4");
    }
}

public sealed class W4_IntelligentSessionControlPartialMatch_OnSqlite : W4_IntelligentSessionControlPartialMatch<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W4_IntelligentSessionControlPartialMatch_OnPostgres : W4_IntelligentSessionControlPartialMatch<PostgresTestDatabase>;
