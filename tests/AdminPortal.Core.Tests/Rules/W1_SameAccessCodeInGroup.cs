using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>W1: sites in one Device Mobility Group share the same PSTN access code (SRND L400, L482).</summary>
public abstract class W1_SameAccessCodeInGroup<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W1_SameAccessCodeInGroup() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveSite_AccessCodeDiffersFromAnotherSiteOfItsGroup_IsSavedAndWarnsW1()
    {
        var (group, sanJose, rtp) = await TwoUsSitesAsync("US_dmg", "US_dmg");

        var result = await _rules.ChangeAsync<Site>(rtp, s => s.PstnAccessCode = "8");

        Assert.True(result.Succeeded, Describe(result));
        var warning = AssertFinding(result.Findings, "W1", Ref<Site>(rtp), Ref<DeviceMobilityGroup>(group));
        Assert.Equal(FindingSeverity.Warning, warning.Severity);
        var reviewed = AssertFinding(await _rules.ReviewAsync(), "W1", Ref<DeviceMobilityGroup>(group), Ref<Site>(sanJose), Ref<Site>(rtp));
        Assert.Contains("San Jose (9)", reviewed.Message, StringComparison.Ordinal);
        Assert.Contains("RTP (8)", reviewed.Message, StringComparison.Ordinal);
        Assert.Equal("8", (await _rules.LoadAsync<Site>(rtp)).PstnAccessCode);
    }

    [Fact]
    public async Task SaveSite_AccessCodeAlignedAgain_IsSilent()
    {
        var (_, _, rtp) = await TwoUsSitesAsync("US_dmg", "US_dmg");
        Saved(await _rules.ChangeAsync<Site>(rtp, s => s.PstnAccessCode = "8"));

        var result = await _rules.ChangeAsync<Site>(rtp, s => s.PstnAccessCode = "9");

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W1");
        AssertNoFinding(await _rules.ReviewAsync(), "W1");
    }

    [Fact]
    public async Task SaveSite_DifferentAccessCodesInDifferentGroups_IsSilent()
    {
        var (_, _, rtp) = await TwoUsSitesAsync("US_dmg", "EUR_dmg");

        var result = await _rules.ChangeAsync<Site>(rtp, s => s.PstnAccessCode = "0");

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W1");
        AssertNoFinding(await _rules.ReviewAsync(), "W1");
    }

    // Sites San Jose and RTP (access code 9), each with a pool in the named device mobility group.
    private async Task<(int Group, int SanJose, int Rtp)> TwoUsSitesAsync(string sanJoseGroup, string rtpGroup)
    {
        var groups = new Dictionary<string, int>();
        foreach (var name in new[] { sanJoseGroup, rtpGroup }.Distinct())
        {
            groups[name] = await _rules.NamedAsync<DeviceMobilityGroup>(name);
        }

        var sanJose = await _rules.SiteAsync("San Jose", physicalLocationId: null, "9");
        var rtp = await _rules.SiteAsync("RTP", physicalLocationId: null, "9");
        foreach (var (pool, site, group) in new[] { ("SJ_DP", sanJose, sanJoseGroup), ("RTP_DP", rtp, rtpGroup) })
        {
            var devicePool = await _rules.NewPoolAsync(pool);
            devicePool.SiteId = site;
            devicePool.DeviceMobilityGroupId = groups[group];
            await _rules.SavedAsync(devicePool);
        }

        return (groups[sanJoseGroup], sanJose, rtp);
    }
}

public sealed class W1_SameAccessCodeInGroup_OnSqlite : W1_SameAccessCodeInGroup<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W1_SameAccessCodeInGroup_OnPostgres : W1_SameAccessCodeInGroup<PostgresTestDatabase>;
