using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using static AdminPortal.Core.Tests.Support.Builders;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// W2: a catch-all Device Mobility Info (0.0.0.0/0 or ::/0) whose pool has no Device Mobility CSS blocks every call,
/// 911 included; give the pool an emergency-only CSS (SRND L417).
/// </summary>
public abstract class W2_CatchAllDmiEmergencyCss<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W2_CatchAllDmiEmergencyCss() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    public async Task SaveDmi_CatchAllWithAPoolWithoutMobilityCss_IsSavedAndWarnsW2(string subnet)
    {
        var pool = await _rules.SavedAsync(await _rules.NewPoolAsync("Restricted_DP"));

        var result = await _rules.Store.SaveAsync(Dmi("catch_all_dmi", subnet, 0, pool));

        Assert.True(result.Succeeded, Describe(result));
        AssertFinding(result.Findings, "W2", Ref<DeviceMobilityInfo>(result.Id), Ref<DevicePool>(pool));
        var reviewed = AssertFinding(await _rules.ReviewAsync(), "W2", Ref<DeviceMobilityInfo>(result.Id), Ref<DevicePool>(pool));
        Assert.Contains("911", reviewed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavePool_EmergencyOnlyCssGiven_SilencesW2()
    {
        var pool = await _rules.SavedAsync(await _rules.NewPoolAsync("Restricted_DP"));
        var dmi = await _rules.SavedAsync(Dmi("catch_all_dmi", "0.0.0.0", 0, pool));
        var emergencyOnly = await _rules.CssAsync("Emergency_Only_CSS");

        var result = await _rules.ChangeAsync<DevicePool>(pool, p => p.DeviceMobilityCssId = emergencyOnly);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W2");
        AssertNoFinding(await _rules.ReviewAsync(), "W2");
        AssertNoFinding(await ForDmiAsync(dmi), "W2");
    }

    [Fact]
    public async Task SaveDmi_OrdinarySubnetWithAPoolWithoutMobilityCss_IsSilent()
    {
        var pool = await _rules.SavedAsync(await _rules.NewPoolAsync("Branch_DP"));

        var result = await _rules.Store.SaveAsync(Dmi("branch_dmi", "10.40.0.0", 16, pool));

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W2");
        AssertNoFinding(await _rules.ReviewAsync(), "W2");
    }

    [Theory]
    [InlineData("0.0.0.0", 16)]
    [InlineData("0.0.0.0", 1)]
    [InlineData("::", 64)]
    public async Task SaveDmi_AllZeroSubnetWithAnotherMask_IsNotTheCatchAllAndIsSilent(string subnet, int mask)
    {
        var pool = await _rules.SavedAsync(await _rules.NewPoolAsync("Restricted_DP"));

        var result = await _rules.Store.SaveAsync(Dmi("zero_dmi", subnet, mask, pool));

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W2");
        AssertNoFinding(await _rules.ReviewAsync(), "W2");
    }

    private async Task<IReadOnlyList<Finding>> ForDmiAsync(int dmi)
    {
        await using var db = _database.CreateDbContext();
        return await new DesignReview(db).ForObjectAsync(typeof(DeviceMobilityInfo), dmi);
    }
}

public sealed class W2_CatchAllDmiEmergencyCss_OnSqlite : W2_CatchAllDmiEmergencyCss<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W2_CatchAllDmiEmergencyCss_OnPostgres : W2_CatchAllDmiEmergencyCss<PostgresTestDatabase>;
